#include "distributed/process_group.h"

#include <ATen/ATen.h>
#include <c10/cuda/CUDAFunctions.h>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#ifdef USE_C10D_NCCL
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <algorithm>
#include <csignal>
#include <cstring>
#include <mutex>
#include <string>

#include "common/error.h"

namespace msl {
namespace {

// c10d's messages carry a C++ stack trace after the first line.
std::string firstLine(const std::string& text) {
  return text.substr(0, text.find('\n'));
}

// Gloo writes to its peers' sockets; when a peer has died, that write raises SIGPIPE, whose
// default action (or a test framework's crash handler) ends this rank before Gloo can turn EPIPE
// into an error that names the dead peer. Python ignores SIGPIPE at startup, which is why
// torch.distributed never meets this; a rank of ours does the same.
void ignoreBrokenPipes() {
  static std::once_flag once;
  std::call_once(once, [] { std::signal(SIGPIPE, SIG_IGN); });
}

}  // namespace

struct ProcessGroup::State {
  LaunchEnvironment environment;
  c10::intrusive_ptr<c10d::TCPStore> store;
  c10::Device device{c10::kCPU};
  std::chrono::milliseconds collectiveTimeout{0};
  std::int64_t texts = 0;  // names each text exchange's keys: every rank counts the same calls
  c10::intrusive_ptr<c10d::Backend> backend;  // ProcessGroupGloo or ProcessGroupNCCL

  std::string where() const {
    return "rank " + std::to_string(environment.rank) + " of " +
           std::to_string(environment.worldSize) + " (rendezvous " + environment.masterAddress +
           ":" + std::to_string(environment.masterPort) + ")";
  }

  double collectiveSeconds = 0;

  void wait(const c10::intrusive_ptr<c10d::Work>& work, const char* what) {
    const auto started = std::chrono::steady_clock::now();
    try {
      work->wait();
      collectiveSeconds +=
          std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    } catch (const std::exception& error) {
      throw Error(std::string(what) + " failed at " + where() +
                  ": a peer rank died or stopped answering (" + firstLine(error.what()) + ")");
    }
  }
};

std::unique_ptr<ProcessGroup> ProcessGroup::join(const LaunchEnvironment& environment,
                                                 std::chrono::milliseconds timeout,
                                                 CollectiveBackend backend) {
  return join(environment, timeout, timeout, backend);
}

std::unique_ptr<ProcessGroup> ProcessGroup::join(const LaunchEnvironment& environment,
                                                 std::chrono::milliseconds joinTimeout,
                                                 std::chrono::milliseconds timeout,
                                                 CollectiveBackend backend) {
  ignoreBrokenPipes();
  auto state = std::make_unique<State>();
  state->environment = environment;
  try {
    c10d::TCPStoreOptions options;
    options.port = static_cast<std::uint16_t>(environment.masterPort);
    options.isServer = environment.leader();
    options.numWorkers = environment.worldSize;
    options.waitWorkers = true;
    options.timeout = joinTimeout;
    state->collectiveTimeout = timeout;
    state->store = c10::make_intrusive<c10d::TCPStore>(environment.masterAddress, options);
    if (backend == CollectiveBackend::Nccl) {
#ifndef USE_C10D_NCCL
      throw Error("this build has no NCCL (nccl.h was not found when it was configured)");
#else
      // One GPU per rank: this machine's LOCAL_RANK-th, as torchrun hands them out.
      state->device = c10::Device(c10::kCUDA, static_cast<c10::DeviceIndex>(environment.localRank));
      c10::cuda::set_device(state->device.index());
      auto ncclOptions = c10d::ProcessGroupNCCL::Options::create();
      ncclOptions->timeout = timeout;
      state->backend = c10::make_intrusive<c10d::ProcessGroupNCCL>(
          state->store, environment.rank, environment.worldSize, ncclOptions);
#endif
    } else {
      auto glooOptions = c10d::ProcessGroupGloo::Options::create(timeout);
      glooOptions->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
      state->backend = c10::make_intrusive<c10d::ProcessGroupGloo>(
          state->store, environment.rank, environment.worldSize, glooOptions);
    }
  } catch (const std::exception& error) {
    throw Error("joining the distributed run as " + state->where() + " over " +
                (backend == CollectiveBackend::Nccl ? "NCCL" : "Gloo") + " failed within " +
                std::to_string(joinTimeout.count()) + " ms: " + firstLine(error.what()));
  }
  return std::unique_ptr<ProcessGroup>(new ProcessGroup(std::move(state)));
}

ProcessGroup::ProcessGroup(std::unique_ptr<State> state) : state_(std::move(state)) {}
ProcessGroup::~ProcessGroup() = default;

double ProcessGroup::collectiveSeconds() const {
  return state_->collectiveSeconds;
}

c10::Device ProcessGroup::device() const {
  return state_->device;
}

int ProcessGroup::rank() const {
  return state_->environment.rank;
}

int ProcessGroup::worldSize() const {
  return state_->environment.worldSize;
}

void ProcessGroup::allReduceSum(std::vector<at::Tensor>& tensors) {
  if (tensors.empty()) return;
  c10d::AllreduceOptions options;
  options.reduceOp = c10d::ReduceOp::SUM;
  if (tensors.size() == 1 && tensors.front().is_contiguous()) {
    state_->wait(state_->backend->allreduce(tensors, options), "all-reduce");
    return;
  }
  // Gloo reduces a list of tensors as copies of one tensor, so several tensors go out as one
  // flat buffer: one collective for all.
  std::vector<at::Tensor> parts;
  for (const auto& tensor : tensors) {
    if (tensor.scalar_type() != tensors.front().scalar_type())
      throw Error("all-reduce: tensors of one call must share a dtype");
    parts.push_back(tensor.reshape({-1}));
  }
  std::vector<at::Tensor> flat{at::cat(parts).contiguous()};
  state_->wait(state_->backend->allreduce(flat, options), "all-reduce");
  std::int64_t offset = 0;
  for (auto& tensor : tensors) {
    tensor.copy_(flat[0].narrow(0, offset, tensor.numel()).view_as(tensor));
    offset += tensor.numel();
  }
}

void ProcessGroup::broadcastFromLeader(std::vector<at::Tensor>& tensors) {
  for (auto& tensor : tensors) {
    std::vector<at::Tensor> one{tensor.contiguous()};
    c10d::BroadcastOptions options;
    options.rootRank = 0;
    state_->wait(state_->backend->broadcast(one, options), "broadcast");
    if (!one[0].is_same(tensor)) tensor.copy_(one[0]);
  }
}

std::string ProcessGroup::broadcastTextFromLeader(const std::string& text) {
  // Through the rendezvous store, as the gather: texts need no tensors on any device.
  const std::string key = "broadcast/" + std::to_string(state_->texts++);
  try {
    if (rank() == 0) {
      state_->store->set(key, std::vector<std::uint8_t>(text.begin(), text.end()));
      return text;
    }
    state_->store->wait({key}, state_->collectiveTimeout);
    const std::vector<std::uint8_t> bytes = state_->store->get(key);
    return std::string(bytes.begin(), bytes.end());
  } catch (const std::exception& error) {
    throw Error("broadcast failed at " + state_->where() +
                ": a peer rank died or stopped answering (" + firstLine(error.what()) + ")");
  }
}

std::vector<std::string> ProcessGroup::gatherTextsToLeader(const std::string& text) {
  const std::string prefix = "gather/" + std::to_string(state_->texts++) + "/";
  const auto started = std::chrono::steady_clock::now();
  std::vector<std::string> texts;
  try {
    if (rank() != 0) {
      state_->store->set(prefix + std::to_string(rank()),
                         std::vector<std::uint8_t>(text.begin(), text.end()));
    } else {
      texts.push_back(text);
      for (int other = 1; other < worldSize(); ++other) {
        const std::string key = prefix + std::to_string(other);
        state_->store->wait({key}, state_->collectiveTimeout);
        const std::vector<std::uint8_t> bytes = state_->store->get(key);
        state_->store->deleteKey(key);
        texts.emplace_back(bytes.begin(), bytes.end());
      }
    }
  } catch (const std::exception& error) {
    throw Error("gathering results failed at " + state_->where() +
                ": a peer rank died or stopped answering (" + firstLine(error.what()) + ")");
  }
  state_->collectiveSeconds +=
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return texts;
}

void ProcessGroup::barrier() {
  state_->wait(state_->backend->barrier(), "barrier");
}

}  // namespace msl
