#pragma once
// Memory free for a model on a device, and the check that refuses a load that cannot fit.
#include <c10/core/Device.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "model/memory_estimate.h"

namespace msl {

struct AvailableMemory {
  std::int64_t bytes = 0;
  std::string source;  // "on cpu (MemAvailable in /proc/meminfo)"
};

// CPU: MemAvailable of /proc/meminfo. CUDA: the free memory nvidia-smi reports for the device
// (works with any LibTorch build, CUDA headers or not). nullopt when it cannot be read.
std::optional<AvailableMemory> availableMemory(const c10::Device& device);

// Estimates `config` under `workload` and throws when it exceeds `limitBytes` (when given) or
// the device's available memory. A device whose memory cannot be read is not checked.
MemoryEstimate checkModelFitsMemory(const ModelConfig& config, const MemoryWorkload& workload,
                                    const c10::Device& device, const std::string& what,
                                    std::optional<std::int64_t> limitBytes = std::nullopt);

}  // namespace msl
