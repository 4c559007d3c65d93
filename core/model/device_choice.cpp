#include "model/device_choice.h"

#include <torch/cuda.h>

namespace msl {

std::string DeviceChoice::describe() const {
  const std::string type = dtype == c10::ScalarType::BFloat16 ? "bfloat16"
                           : dtype == c10::ScalarType::Half   ? "float16"
                           : dtype == c10::ScalarType::Double ? "float64"
                                                              : "float32";
  return device.str() + " " + type;
}

DeviceChoice chooseDevice() {
  // Compiled on every build; true only with a CUDA LibTorch and a visible GPU.
  if (torch::cuda::is_available())
    return {c10::Device(c10::DeviceType::CUDA, 0), c10::ScalarType::BFloat16};
  return {c10::Device(c10::DeviceType::CPU), c10::ScalarType::Float};
}

}  // namespace msl
