#pragma once
// A data-parallel run started from inside a process that trains itself (the workbench): this
// process is rank 0, ranks 1..N-1 are `mslw train` processes on the same run config, started
// here and stopped with it. The CLI's --nproc starts every rank as its own process instead.
#include <sys/types.h>

#include <filesystem>
#include <memory>
#include <vector>

#include "distributed/process_group.h"
#include "training/trainer.h"

namespace msl {

// Gloo for a run on the CPU, NCCL for one on GPUs.
CollectiveBackend collectiveBackendFor(const RunConfig& config);

class LocalWorld {
 public:
  // Starts the other ranks and joins them as rank 0 (they must arrive within a minute). Throws
  // msl::Error naming what failed; ranks already started are stopped.
  explicit LocalWorld(const TrainerOptions& options);
  ~LocalWorld();  // ranks still running (rank 0 failed or was cancelled) are stopped
  LocalWorld(const LocalWorld&) = delete;
  LocalWorld& operator=(const LocalWorld&) = delete;

  const std::shared_ptr<ProcessGroup>& group() const { return group_; }
  // After rank 0's last step: rank 0 leaves the group and the others end on their own.
  void finish();

 private:
  void stopRanks();

  std::filesystem::path folder_;
  std::vector<pid_t> ranks_;  // 1..N-1
  std::shared_ptr<ProcessGroup> group_;
};

}  // namespace msl
