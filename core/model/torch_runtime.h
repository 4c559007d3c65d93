#pragma once
// What the linked LibTorch can do on this machine, for `mslw version --json`, the workbench's
// device chooser and the GPU check: its version, whether CUDA is compiled in, the CUDA runtime
// it was built with, and whether a GPU is usable now (and if not, why in words). Torch-free
// header, so the GUI can show it.
#include <string>

namespace msl {

struct TorchRuntime {
  std::string torchVersion;  // "2.11.0"
  bool cudaCompiledIn = false;
  std::string cudaVersion;  // "13.0"; "" without CUDA
  int gpuCount = 0;
  bool gpuUsable = false;
  std::string gpuUnavailableReason;  // "" when a GPU is usable
  int threads = 0;                   // LibTorch's intra-op threads
};

TorchRuntime describeTorchRuntime();

// Sets LibTorch's intra-op threads: `requested` when > 0, else OMP_NUM_THREADS when set (as
// PyTorch honours it), else every core of the machine. Returns the count in force.
int configureComputeThreads(int requested = 0);

}  // namespace msl
