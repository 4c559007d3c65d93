#pragma once
// Where this process sits in a distributed run, as the standard launchers say it: torchrun (and
// `mslw train --nproc`) set RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR and MASTER_PORT; under
// Slurm's srun, SLURM_PROCID, SLURM_NTASKS and SLURM_LOCALID stand in for the first three.
// Torch-free.
#include <functional>
#include <string>
#include <vector>

namespace msl {

struct LaunchEnvironment {
  int rank = 0;
  int worldSize = 1;
  int localRank = 0;  // which GPU of this machine (cuda:<localRank>)
  std::string masterAddress = "127.0.0.1";
  int masterPort = 29500;  // torchrun's default
  bool launched = false;   // a launcher set the variables (a world of one counts)

  bool distributed() const { return worldSize > 1; }
  bool leader() const { return rank == 0; }  // the rank that writes the store, logs, checkpoints
};

using EnvironmentLookup = std::function<const char*(const char* name)>;

// No launcher variables: a world of one. Throws msl::Error naming the variable when one is not
// an integer, is out of range, or when a world of several names no MASTER_ADDR.
LaunchEnvironment launchEnvironmentFrom(const EnvironmentLookup& lookup);
LaunchEnvironment launchEnvironmentFromProcess();

// The variables a launcher sets for `rank` of a local world (what `mslw train --nproc` passes to
// each worker it starts), as NAME=value.
std::vector<std::string> launchVariables(const LaunchEnvironment& environment);

}  // namespace msl
