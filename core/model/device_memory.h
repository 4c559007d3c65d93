#pragma once
// The memory a run holds on its device now, for the step reports and the Train page's memory
// chart: on CUDA the caching allocator's statistics (allocated by tensors, reserved from the
// driver, peak allocated), on the CPU the process's resident set size and its peak (VmHWM).
#include <c10/core/Device.h>

#include <cstdint>
#include <string>

namespace msl {

struct DeviceMemory {
  std::int64_t allocatedBytes = 0;
  std::int64_t reservedBytes = 0;
  std::int64_t peakBytes = 0;
};

DeviceMemory measureDeviceMemory(const c10::Device& device);

// The "VmHWM:" and "VmRSS:" lines of /proc/self/status, in bytes (0 when absent).
DeviceMemory residentMemoryFromStatus(const std::string& statusText);

}  // namespace msl
