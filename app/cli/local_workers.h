#pragma once
// `mslw train --nproc N`: what torchrun --standalone does for one machine. Starts N copies of
// this command, each with RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR=127.0.0.1 and a free
// MASTER_PORT, and waits for them. When one fails (exit code or signal) the others are stopped,
// so that a dead rank ends the whole run instead of leaving its peers waiting.
#include <string>
#include <vector>

namespace mslw {

// `arguments`: the command line for every worker (argv[0] included, --nproc removed).
// Returns 0 when every rank finished, else the first failing rank's exit code (or 128 + signal).
int runLocalWorkers(int processes, const std::vector<std::string>& arguments);

// This process's own command line, without `--nproc N` / `--nproc=N`.
std::vector<std::string> commandLineWithoutNproc();

}  // namespace mslw
