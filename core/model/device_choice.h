#pragma once
// Where a model runs and in which dtype, resolved once from what the user asked for (a device
// name of common/device_name.h and a precision) against the GPUs this LibTorch sees. "auto"
// means the first GPU when there is one, else the CPU; precision "auto" means bfloat16 on CUDA
// and float32 on the CPU. The dtype is the base weights' and activations' one: trainable
// tensors stay float32 whatever it is: LoRA adapters (model/lora_linear.h), and under full
// fine-tuning the weights themselves, which bf16 then only computes with (autocast_scope.h).
#include <c10/core/Device.h>
#include <c10/core/ScalarType.h>

#include <string>

namespace msl {

struct DeviceChoice {
  c10::Device device = c10::Device(c10::DeviceType::CPU);
  c10::ScalarType dtype = c10::ScalarType::Float;

  std::string describe() const;  // "cpu float32", "cuda:0 bfloat16"
};

std::string dtypeName(c10::ScalarType dtype);  // "float32", "bfloat16", ...

// Throws msl::Error naming the request and the devices there are ("cuda:1 is not available:
// this machine has cpu, cuda:0") or the precision and the allowed ones.
DeviceChoice resolveDevice(const std::string& deviceName, const std::string& precision = "auto");
// The same against a given number of visible GPUs, so that tests can pretend to have some.
DeviceChoice resolveDevice(const std::string& deviceName, const std::string& precision,
                           int visibleGpus);

// resolveDevice("auto", "auto").
DeviceChoice chooseDevice();

}  // namespace msl
