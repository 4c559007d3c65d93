#include "model/torch_runtime.h"

#include <dlfcn.h>

#include <ATen/Parallel.h>
#include <ATen/detail/CUDAHooksInterface.h>
#include <torch/cuda.h>
#include <torch/headeronly/version.h>

#include <cstdlib>
#include <thread>

namespace msl {
namespace {

// The CUDA runtime version LibTorch's CUDA library was built with (13000 -> "13.0"); "" when
// the library is not linked, which is what the hooks' throwing default means.
std::string compiledCudaVersion() {
  try {
    const long version = at::detail::getCUDAHooks().versionCUDART();
    return std::to_string(version / 1000) + "." + std::to_string(version % 1000 / 10);
  } catch (const std::exception&) {
    return {};
  }
}

std::string whyNoGpu(int gpuCount) {
  if (gpuCount > 0) return {};
  // libcudart finds the driver through libcuda.so.1; without it no GPU can be seen at all.
  if (void* driver = dlopen("libcuda.so.1", RTLD_LAZY | RTLD_LOCAL)) {
    dlclose(driver);
  } else {
    return "no NVIDIA driver: libcuda.so.1 cannot be loaded";
  }
  if (const char* visible = std::getenv("CUDA_VISIBLE_DEVICES"); visible) {
    return std::string("the NVIDIA driver reports no GPU (CUDA_VISIBLE_DEVICES=\"") + visible +
           "\")";
  }
  return "the NVIDIA driver reports no GPU";
}

}  // namespace

TorchRuntime describeTorchRuntime() {
  TorchRuntime runtime;
  runtime.torchVersion = std::to_string(TORCH_VERSION_MAJOR) + "." +
                         std::to_string(TORCH_VERSION_MINOR) + "." +
                         std::to_string(TORCH_VERSION_PATCH);
  runtime.cudaVersion = compiledCudaVersion();
  runtime.cudaCompiledIn = !runtime.cudaVersion.empty();
  if (runtime.cudaCompiledIn) {
    runtime.gpuCount = static_cast<int>(torch::cuda::device_count());
    runtime.gpuUsable = runtime.gpuCount > 0;
    runtime.gpuUnavailableReason = whyNoGpu(runtime.gpuCount);
  } else {
    runtime.gpuUnavailableReason = "this LibTorch has no CUDA (libtorch_cuda is not linked)";
  }
  runtime.threads = at::get_num_threads();
  return runtime;
}

int configureComputeThreads(int requested) {
  int threads = requested;
  if (threads <= 0) {
    if (const char* omp = std::getenv("OMP_NUM_THREADS"); omp && std::atoi(omp) > 0) {
      threads = std::atoi(omp);
    } else {
      threads = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    }
  }
  at::set_num_threads(threads);
  return at::get_num_threads();
}

}  // namespace msl
