#include "training/local_world.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "common/error.h"
#include "distributed/local_ranks.h"
#include "model/device_choice.h"
#include "runs/run_config.h"

namespace msl {
namespace fs = std::filesystem;
namespace {

using namespace std::chrono_literals;

constexpr auto kJoinTimeout = 60s;
constexpr auto kCollectiveTimeout = 600s;

// Reaps `pid` if it ended within `wait`; true when it did.
bool reaped(pid_t pid, std::chrono::milliseconds wait) {
  const auto deadline = std::chrono::steady_clock::now() + wait;
  do {
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) == pid) return true;
    std::this_thread::sleep_for(20ms);
  } while (std::chrono::steady_clock::now() < deadline);
  return false;
}

}  // namespace

CollectiveBackend collectiveBackendFor(const RunConfig& config) {
  return resolveDevice(config.training.device, config.training.precision).device.is_cuda()
             ? CollectiveBackend::Nccl
             : CollectiveBackend::Gloo;
}

LocalWorld::LocalWorld(const TrainerOptions& options) {
  if (options.rankProgram.empty() || !fs::exists(options.rankProgram))
    throw Error("data-parallel training over " + std::to_string(options.localProcesses) +
                " processes needs the mslw program beside the workbench (looked for \"" +
                options.rankProgram + "\")");
  LaunchEnvironment world;
  world.worldSize = options.localProcesses;
  world.masterAddress = "127.0.0.1";
  world.masterPort = freeLoopbackPort();
  folder_ = fs::temp_directory_path() /
            ("mslw-world-" + std::to_string(::getpid()) + "-" + std::to_string(world.masterPort));
  fs::create_directories(folder_);
  const fs::path config = folder_ / "run.json";
  std::ofstream(config) << runConfigToJson(options.config).dump(2);
  try {
    for (int rank = 1; rank < world.worldSize; ++rank) {
      LaunchEnvironment seat = world;
      seat.rank = rank;
      seat.localRank = rank;
      ranks_.push_back(startRank(options.rankProgram,
                                 {options.rankProgram, "train", "--config", config.string(),
                                  "--store", options.storePath, "--json"},
                                 seat));
    }
    group_ = ProcessGroup::join(world, kJoinTimeout, kCollectiveTimeout,
                                collectiveBackendFor(options.config));
  } catch (...) {
    stopRanks();
    throw;
  }
}

LocalWorld::~LocalWorld() {
  group_.reset();
  stopRanks();
  std::error_code ignored;
  fs::remove_all(folder_, ignored);
}

void LocalWorld::finish() {
  group_.reset();
  // The others leave after their last step, which they have reached with rank 0.
  for (pid_t& rank : ranks_)
    if (rank != 0 && reaped(rank, 10s)) rank = 0;
}

void LocalWorld::stopRanks() {
  for (pid_t& rank : ranks_) {
    if (rank == 0) continue;
    ::kill(rank, SIGTERM);
    if (!reaped(rank, 5s)) {
      ::kill(rank, SIGKILL);
      reaped(rank, 5s);
    }
    rank = 0;
  }
}

}  // namespace msl
