#pragma once
// The devices a model can run on, listed for choosers that must not include LibTorch (the
// workbench's Workspace page): the CPU, and each CUDA GPU when the linked LibTorch has CUDA and
// sees one (a CPU-only LibTorch lists none, since no model could run there). Names and memory
// come from /proc and nvidia-smi; a figure that cannot be read stays 0.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace msl {

struct ComputeDevice {
  std::string id;    // "cpu", "cuda:0": the string c10::Device parses
  std::string name;  // "Intel(R) Xeon(R) Gold 6338", "NVIDIA H100 80GB HBM3"
  std::int64_t totalBytes = 0;
  std::int64_t freeBytes = 0;
  // The dtype chooseDevice() picks there (float32 on the CPU, bfloat16 on CUDA), so that memory
  // estimates for this device use the size the weights will have.
  std::string dtype = "float32";
  std::int64_t bytesPerValue = 4;
  // On the CPU entry: what the build's LibTorch says of GPUs ("CUDA 13.0 compiled in; no GPU:
  // no NVIDIA driver ..."), so the chooser tells a user why no GPU is offered.
  std::string note;

  bool isCuda() const { return id.rfind("cuda", 0) == 0; }
};

std::vector<ComputeDevice> listComputeDevices();

// Parsers of the text sources, apart so that tests can feed them text.
std::string cpuModelName(std::string_view cpuinfoText);  // first "model name"; "" when absent
// A "Key:   123 kB" line of /proc/meminfo in bytes.
std::optional<std::int64_t> meminfoBytes(std::string_view meminfoText, std::string_view key);

struct GpuMemoryInfo {
  std::string name;
  std::int64_t totalBytes = 0;
  std::int64_t freeBytes = 0;
};
// Lines of `nvidia-smi --query-gpu=name,memory.total,memory.free --format=csv,noheader,nounits`
// (MiB), one per GPU in index order; malformed lines are skipped.
std::vector<GpuMemoryInfo> parseNvidiaSmiMemory(std::string_view csv);

}  // namespace msl
