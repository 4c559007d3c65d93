#pragma once
// Ranks of a one-machine world started as processes: what `mslw train --nproc` and the
// workbench's Start do, like torchrun --standalone. Torch-free.
#include <sys/types.h>

#include <string>
#include <vector>

#include "distributed/launch_environment.h"

namespace msl {

// A port on 127.0.0.1 that is free now (the rendezvous binds it a moment later).
int freeLoopbackPort();

// Starts `arguments` (argv[0] first) as `program` with the launcher variables of `rank` and, unless
// OMP_NUM_THREADS is set, the machine's cores shared out over the world. Returns its pid.
pid_t startRank(const std::string& program, const std::vector<std::string>& arguments,
                const LaunchEnvironment& rank);

// "exit code 1", "signal Killed": how a waitpid status ended.
std::string describeExit(int status);

}  // namespace msl
