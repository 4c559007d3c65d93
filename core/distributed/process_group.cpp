#include "distributed/process_group.h"

#include <ATen/ATen.h>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <algorithm>
#include <cstring>
#include <string>

#include "common/error.h"

namespace msl {

struct ProcessGroup::State {
  LaunchEnvironment environment;
  c10::intrusive_ptr<c10d::TCPStore> store;
  c10::intrusive_ptr<c10d::ProcessGroupGloo> gloo;

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
                  ": a peer rank died or stopped answering (" + error.what() + ")");
    }
  }
};

std::unique_ptr<ProcessGroup> ProcessGroup::join(const LaunchEnvironment& environment,
                                                 std::chrono::milliseconds timeout) {
  auto state = std::make_unique<State>();
  state->environment = environment;
  try {
    c10d::TCPStoreOptions options;
    options.port = static_cast<std::uint16_t>(environment.masterPort);
    options.isServer = environment.leader();
    options.numWorkers = environment.worldSize;
    options.waitWorkers = true;
    options.timeout = timeout;
    state->store = c10::make_intrusive<c10d::TCPStore>(environment.masterAddress, options);
    auto glooOptions = c10d::ProcessGroupGloo::Options::create(timeout);
    glooOptions->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
    state->gloo = c10::make_intrusive<c10d::ProcessGroupGloo>(state->store, environment.rank,
                                                              environment.worldSize, glooOptions);
  } catch (const std::exception& error) {
    throw Error("joining the distributed run as " + state->where() + " failed within " +
                std::to_string(timeout.count()) + " ms: " + error.what());
  }
  return std::unique_ptr<ProcessGroup>(new ProcessGroup(std::move(state)));
}

ProcessGroup::ProcessGroup(std::unique_ptr<State> state) : state_(std::move(state)) {}
ProcessGroup::~ProcessGroup() = default;

double ProcessGroup::collectiveSeconds() const {
  return state_->collectiveSeconds;
}

int ProcessGroup::rank() const {
  return state_->environment.rank;
}

int ProcessGroup::worldSize() const {
  return state_->environment.worldSize;
}

void ProcessGroup::allReduceSum(std::vector<at::Tensor>& tensors) {
  if (tensors.empty()) return;
  // Gloo reduces a list of tensors as copies of one tensor, so several tensors go out as one
  // flat buffer: one collective for all.
  std::vector<at::Tensor> parts;
  for (const auto& tensor : tensors) {
    if (tensor.scalar_type() != tensors.front().scalar_type())
      throw Error("all-reduce: tensors of one call must share a dtype");
    parts.push_back(tensor.reshape({-1}));
  }
  std::vector<at::Tensor> flat{at::cat(parts).contiguous()};
  c10d::AllreduceOptions options;
  options.reduceOp = c10d::ReduceOp::SUM;
  state_->wait(state_->gloo->allreduce(flat, options), "all-reduce");
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
    state_->wait(state_->gloo->broadcast(one, options), "broadcast");
    if (!one[0].is_same(tensor)) tensor.copy_(one[0]);
  }
}

std::string ProcessGroup::broadcastTextFromLeader(const std::string& text) {
  std::vector<at::Tensor> length{at::full({1}, static_cast<std::int64_t>(text.size()), at::kLong)};
  broadcastFromLeader(length);
  const std::int64_t size = length[0].item<std::int64_t>();
  std::vector<at::Tensor> bytes{at::zeros({std::max<std::int64_t>(size, 1)}, at::kByte)};
  if (rank() == 0 && size > 0) std::memcpy(bytes[0].data_ptr(), text.data(), text.size());
  broadcastFromLeader(bytes);
  return std::string(static_cast<const char*>(bytes[0].data_ptr()), static_cast<std::size_t>(size));
}

void ProcessGroup::barrier() {
  state_->wait(state_->gloo->barrier(), "barrier");
}

}  // namespace msl
