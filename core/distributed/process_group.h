#pragma once
// This process's seat in a distributed run on PyTorch's own engine, c10d: a TCPStore at
// MASTER_ADDR:MASTER_PORT (rank 0 serves it) for the rendezvous, then Gloo (CPU tensors) or NCCL
// (CUDA tensors, one GPU per rank: cuda:LOCAL_RANK) for the collectives.
#include <ATen/core/Tensor.h>
#include <c10/core/Device.h>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "distributed/launch_environment.h"

namespace msl {

enum class CollectiveBackend { Gloo, Nccl };

class ProcessGroup {
 public:
  // Blocks until every rank has joined. A rank that does not come within `timeout`, or a
  // collective that waits longer than it for a peer (dead or hung), throws msl::Error naming the
  // rendezvous address and this rank.
  static std::unique_ptr<ProcessGroup> join(const LaunchEnvironment& environment,
                                            std::chrono::milliseconds timeout,
                                            CollectiveBackend backend = CollectiveBackend::Gloo);
  // The same with a shorter wait for the ranks to arrive than for a collective (a local world
  // whose ranks start in a second, while rank 0's evaluations may keep the others waiting).
  static std::unique_ptr<ProcessGroup> join(const LaunchEnvironment& environment,
                                            std::chrono::milliseconds joinTimeout,
                                            std::chrono::milliseconds collectiveTimeout,
                                            CollectiveBackend backend);
  ~ProcessGroup();

  int rank() const;
  int worldSize() const;
  // Where this rank's collectives run: the CPU for Gloo, cuda:LOCAL_RANK for NCCL.
  c10::Device device() const;

  // In place, over all ranks: every tensor becomes the element-wise sum of its copies. One
  // collective for all of them.
  void allReduceSum(std::vector<at::Tensor>& tensors);
  // In place: every rank gets rank 0's values.
  void broadcastFromLeader(std::vector<at::Tensor>& tensors);
  // Rank 0's text on every rank (a checkpoint's path, for instance); other ranks pass anything.
  std::string broadcastTextFromLeader(const std::string& text);
  // Every rank's text on rank 0 (index = rank); other ranks get an empty list. Through the
  // rendezvous store, for results of any size (an evaluation shard's recommendations).
  std::vector<std::string> gatherTextsToLeader(const std::string& text);
  void barrier();
  // Wall time spent in collectives since the group was joined (waiting for slower ranks counts).
  double collectiveSeconds() const;

  struct State;

 private:
  explicit ProcessGroup(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace msl
