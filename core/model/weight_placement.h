#pragma once
// Where a model's weights come into being. A created model starts as torch.nn does: float32 on
// the CPU with its random initialisation, which the factory then redraws. A loaded model is
// about to be overwritten tensor by tensor, so its weights are allocated directly in the target
// dtype on the target device and left uninitialised: an 8B checkpoint loaded in bf16 onto a GPU
// never exists as a 32 GB float32 copy in host memory, and nobody waits for an initialisation
// that the checkpoint replaces.
#include <ATen/core/TensorBody.h>
#include <c10/core/TensorOptions.h>

namespace msl {

struct WeightPlacement {
  c10::TensorOptions options = c10::TensorOptions().dtype(c10::kFloat);
  bool randomInit = true;

  static WeightPlacement forLoading(const c10::Device& device, c10::ScalarType dtype) {
    return {c10::TensorOptions().device(device).dtype(dtype), false};
  }
};

// An uninitialised weight of `shape` where `placement` says.
at::Tensor emptyWeight(const WeightPlacement& placement, at::IntArrayRef shape);

}  // namespace msl
