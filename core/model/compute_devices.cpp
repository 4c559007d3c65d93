#include "model/compute_devices.h"

#include <torch/cuda.h>

#include "model/torch_runtime.h"

#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>

namespace msl {
namespace {

std::string readText(const char* path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string trimmed(std::string text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::string nvidiaSmiMemoryCsv() {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(
      popen("nvidia-smi --query-gpu=name,memory.total,memory.free --format=csv,noheader,nounits "
            "2>/dev/null",
            "r"),
      pclose);
  if (!pipe) return {};
  std::string text;
  char buffer[512];
  while (std::fgets(buffer, sizeof buffer, pipe.get())) text += buffer;
  return text;
}

}  // namespace

std::string cpuModelName(std::string_view cpuinfoText) {
  std::istringstream lines{std::string(cpuinfoText)};
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("model name", 0) != 0) continue;
    const auto colon = line.find(':');
    if (colon != std::string::npos) return trimmed(line.substr(colon + 1));
  }
  return {};
}

std::optional<std::int64_t> meminfoBytes(std::string_view meminfoText, std::string_view key) {
  const std::string prefix = std::string(key) + ":";
  std::istringstream lines{std::string(meminfoText)};
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(prefix, 0) != 0) continue;
    std::istringstream fields(line.substr(prefix.size()));
    std::int64_t kilobytes = -1;
    std::string unit;
    fields >> kilobytes >> unit;
    if (kilobytes < 0 || unit != "kB") return std::nullopt;
    return kilobytes * 1024;
  }
  return std::nullopt;
}

std::vector<GpuMemoryInfo> parseNvidiaSmiMemory(std::string_view csv) {
  std::vector<GpuMemoryInfo> gpus;
  std::istringstream lines{std::string(csv)};
  for (std::string line; std::getline(lines, line);) {
    // The name may hold spaces but no comma; the two numbers follow the last two commas.
    const auto second = line.rfind(',');
    if (second == std::string::npos || second == 0) continue;
    const auto first = line.rfind(',', second - 1);
    if (first == std::string::npos) continue;
    try {
      std::size_t usedTotal = 0;
      std::size_t usedFree = 0;
      const std::string total = trimmed(line.substr(first + 1, second - first - 1));
      const std::string free = trimmed(line.substr(second + 1));
      const long long totalMib = std::stoll(total, &usedTotal);
      const long long freeMib = std::stoll(free, &usedFree);
      if (usedTotal != total.size() || usedFree != free.size()) continue;
      gpus.push_back(
          {trimmed(line.substr(0, first)), totalMib * 1024 * 1024, freeMib * 1024 * 1024});
    } catch (const std::exception&) {
      // "[N/A]" or a line of another format: not a GPU we can describe.
    }
  }
  return gpus;
}

std::vector<ComputeDevice> listComputeDevices() {
  std::vector<ComputeDevice> devices;
  const std::string meminfo = readText("/proc/meminfo");
  ComputeDevice cpu;
  cpu.id = "cpu";
  cpu.name = cpuModelName(readText("/proc/cpuinfo"));
  if (cpu.name.empty()) cpu.name = "CPU";
  cpu.totalBytes = meminfoBytes(meminfo, "MemTotal").value_or(0);
  cpu.freeBytes = meminfoBytes(meminfo, "MemAvailable").value_or(0);
  const TorchRuntime runtime = describeTorchRuntime();
  cpu.note = runtime.cudaCompiledIn ? "CUDA " + runtime.cudaVersion + " compiled in; "
                                    : std::string("CPU-only LibTorch; ");
  cpu.note += runtime.gpuUsable ? std::to_string(runtime.gpuCount) + " GPU(s) usable"
                                : "no GPU: " + runtime.gpuUnavailableReason;
  devices.push_back(cpu);

  const auto count = static_cast<std::size_t>(runtime.gpuCount);
  if (count == 0) return devices;
  const auto gpus = parseNvidiaSmiMemory(nvidiaSmiMemoryCsv());
  for (std::size_t index = 0; index < count; ++index) {
    ComputeDevice gpu;
    gpu.id = "cuda:" + std::to_string(index);
    gpu.dtype = "bfloat16";
    gpu.bytesPerValue = 2;
    // CUDA_VISIBLE_DEVICES may renumber devices; nvidia-smi's order then only matches when the
    // counts agree, so the figures are left out rather than attributed to the wrong GPU.
    if (gpus.size() == count) {
      gpu.name = gpus[index].name;
      gpu.totalBytes = gpus[index].totalBytes;
      gpu.freeBytes = gpus[index].freeBytes;
    } else {
      gpu.name = "CUDA GPU " + std::to_string(index);
    }
    devices.push_back(gpu);
  }
  return devices;
}

}  // namespace msl
