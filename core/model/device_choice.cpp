#include "model/device_choice.h"

#include <torch/cuda.h>

#include "common/device_name.h"
#include "common/error.h"
#include "model/torch_runtime.h"

namespace msl {
namespace {

std::string availableDevices(int visibleGpus) {
  std::string text = "cpu";
  for (int gpu = 0; gpu < visibleGpus; ++gpu) text += ", cuda:" + std::to_string(gpu);
  return text;
}

c10::ScalarType dtypeFor(const std::string& precision, const c10::Device& device) {
  if (precision == "fp32") return c10::ScalarType::Float;
  if (precision == "bf16") return c10::ScalarType::BFloat16;
  if (precision == "auto")
    return device.is_cuda() ? c10::ScalarType::BFloat16 : c10::ScalarType::Float;
  throw Error("precision '" + precision + "' is not one of: auto, fp32, bf16");
}

}  // namespace

std::string dtypeName(c10::ScalarType dtype) {
  return dtype == c10::ScalarType::BFloat16 ? "bfloat16"
         : dtype == c10::ScalarType::Half   ? "float16"
         : dtype == c10::ScalarType::Double ? "float64"
                                            : "float32";
}

std::string DeviceChoice::describe() const {
  return device.str() + " " + dtypeName(dtype);
}

DeviceChoice resolveDevice(const std::string& deviceName, const std::string& precision,
                           int visibleGpus) {
  const DeviceName name = parseDeviceName(deviceName);
  c10::Device device(c10::DeviceType::CPU);
  if (name.kind == DeviceName::Kind::Auto && visibleGpus > 0) {
    device = c10::Device(c10::DeviceType::CUDA, 0);
  } else if (name.kind == DeviceName::Kind::Cuda) {
    const int index = name.index.value_or(0);
    if (index >= visibleGpus) {
      std::string why = "device " + deviceName + " is not available: this machine has " +
                        availableDevices(visibleGpus);
      if (visibleGpus == 0) {
        const std::string reason = describeTorchRuntime().gpuUnavailableReason;
        if (!reason.empty()) why += " (" + reason + ")";
      }
      throw Error(why);
    }
    device = c10::Device(c10::DeviceType::CUDA, static_cast<c10::DeviceIndex>(index));
  }
  return {device, dtypeFor(precision, device)};
}

DeviceChoice resolveDevice(const std::string& deviceName, const std::string& precision) {
  // Compiled on every build; a GPU counts only with a CUDA LibTorch and a working driver.
  const int gpus = torch::cuda::is_available() ? static_cast<int>(torch::cuda::device_count()) : 0;
  return resolveDevice(deviceName, precision, gpus);
}

DeviceChoice chooseDevice() {
  return resolveDevice("auto", "auto");
}

}  // namespace msl
