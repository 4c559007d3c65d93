#include "model/device_memory.h"

#include <c10/core/CachingDeviceAllocator.h>

#include <fstream>
#include <sstream>

#include "model/compute_devices.h"

namespace msl {

DeviceMemory residentMemoryFromStatus(const std::string& statusText) {
  DeviceMemory memory;
  memory.allocatedBytes = meminfoBytes(statusText, "VmRSS").value_or(0);
  memory.reservedBytes = memory.allocatedBytes;
  memory.peakBytes = meminfoBytes(statusText, "VmHWM").value_or(memory.allocatedBytes);
  return memory;
}

DeviceMemory measureDeviceMemory(const c10::Device& device) {
  if (device.is_cpu()) {
    std::ifstream in("/proc/self/status");
    std::stringstream text;
    text << in.rdbuf();
    return residentMemoryFromStatus(text.str());
  }
  // Index 0 of each statistic is the aggregate over the allocator's pools.
  const auto stats = c10::getDeviceAllocator(device.type())
                         ->getDeviceStats(device.has_index() ? device.index() : 0);
  DeviceMemory memory;
  memory.allocatedBytes = stats.allocated_bytes[0].current;
  memory.reservedBytes = stats.reserved_bytes[0].current;
  memory.peakBytes = stats.allocated_bytes[0].peak;
  return memory;
}

}  // namespace msl
