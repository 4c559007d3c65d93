#pragma once
// Which process owns a running run, told apart from a later process that reuses its pid: the
// host name, the pid and the process start time in clock ticks since boot (/proc/<pid>/stat,
// field 22). Linux-only by design: the trainer and the workbench run on Linux.
#include <cstdint>
#include <optional>
#include <string>

namespace msl {

struct ProcessIdentity {
  std::string host;
  std::int64_t pid = 0;
  std::int64_t startTicks = 0;
};

ProcessIdentity currentProcessIdentity();

// Whether the process still runs. nullopt when it cannot be known from here (another host).
std::optional<bool> isProcessAlive(const ProcessIdentity& process);

}  // namespace msl
