#pragma once
// Where the model runs, chosen once: CUDA with bfloat16 when the linked LibTorch has CUDA and
// a GPU is present, otherwise the CPU in float32.
#include <c10/core/Device.h>
#include <c10/core/ScalarType.h>

#include <string>

namespace msl {

struct DeviceChoice {
  c10::Device device = c10::Device(c10::DeviceType::CPU);
  c10::ScalarType dtype = c10::ScalarType::Float;

  std::string describe() const;  // "cpu float32", "cuda:0 bfloat16"
};

DeviceChoice chooseDevice();

}  // namespace msl
