#include "model/available_memory.h"

#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>

namespace msl {
namespace {

std::optional<std::int64_t> freeGpuBytes(int index) {
  const std::string command =
      "nvidia-smi --query-gpu=memory.free --format=csv,noheader,nounits -i " +
      std::to_string(index) + " 2>/dev/null";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  if (!pipe) return std::nullopt;
  long long mebibytes = -1;
  if (std::fscanf(pipe.get(), "%lld", &mebibytes) != 1 || mebibytes < 0) return std::nullopt;
  return mebibytes * 1024 * 1024;
}

}  // namespace

std::optional<AvailableMemory> availableMemory(const c10::Device& device) {
  if (device.is_cuda()) {
    const int index = device.has_index() ? device.index() : 0;
    if (const auto bytes = freeGpuBytes(index))
      return AvailableMemory{*bytes, "on " + device.str() + " (free memory from nvidia-smi)"};
    return std::nullopt;
  }
  std::ifstream in("/proc/meminfo");
  std::stringstream text;
  text << in.rdbuf();
  if (const auto bytes = memAvailableFromMeminfo(text.str()))
    return AvailableMemory{*bytes, "on cpu (MemAvailable in /proc/meminfo)"};
  return std::nullopt;
}

MemoryEstimate checkModelFitsMemory(const ModelConfig& config, const MemoryWorkload& workload,
                                    const c10::Device& device, const std::string& what,
                                    std::optional<std::int64_t> limitBytes) {
  const auto estimate = estimateMemory(config, workload);
  if (limitBytes)
    refuseIfTooLarge(estimate, *limitBytes, what, "under the memory limit of " + device.str());
  if (const auto available = availableMemory(device))
    refuseIfTooLarge(estimate, available->bytes, what, available->source);
  return estimate;
}

}  // namespace msl
