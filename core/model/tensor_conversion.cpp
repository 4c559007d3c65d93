#include "model/tensor_conversion.h"

#include <cstdint>
#include <cstring>

#include "common/error.h"
#include "model/checkpoint_tensors.h"

namespace msl {

torch::ScalarType toTorchDtype(SafetensorsDtype dtype) {
  switch (dtype) {
    case SafetensorsDtype::F64:
      return torch::kFloat64;
    case SafetensorsDtype::F32:
      return torch::kFloat32;
    case SafetensorsDtype::F16:
      return torch::kFloat16;
    case SafetensorsDtype::BF16:
      return torch::kBFloat16;
    case SafetensorsDtype::I64:
      return torch::kInt64;
    case SafetensorsDtype::I32:
      return torch::kInt32;
    case SafetensorsDtype::I16:
      return torch::kInt16;
    case SafetensorsDtype::I8:
      return torch::kInt8;
    case SafetensorsDtype::U8:
      return torch::kUInt8;
    case SafetensorsDtype::Bool:
      return torch::kBool;
  }
  return torch::kFloat32;
}

SafetensorsDtype toSafetensorsDtype(torch::ScalarType dtype) {
  for (const auto candidate :
       {SafetensorsDtype::F64, SafetensorsDtype::F32, SafetensorsDtype::F16, SafetensorsDtype::BF16,
        SafetensorsDtype::I64, SafetensorsDtype::I32, SafetensorsDtype::I16, SafetensorsDtype::I8,
        SafetensorsDtype::U8, SafetensorsDtype::Bool})
    if (toTorchDtype(candidate) == dtype) return candidate;
  throw Error(std::string("no safetensors dtype for torch dtype ") + c10::toString(dtype));
}

torch::Tensor toTensor(const SafetensorsBytes& bytes, torch::TensorOptions target) {
  const auto& info = *bytes.info;
  auto stored = torch::empty(info.shape, torch::dtype(toTorchDtype(info.dtype)));
  // Safetensors is little-endian, as are all hosts LibTorch supports (x86-64, aarch64).
  if (bytes.size > 0) std::memcpy(stored.data_ptr(), bytes.data, bytes.size);
  return stored.to(target);
}

void copyInto(torch::Tensor& target, const SafetensorsBytes& bytes) {
  const auto dtype = toTorchDtype(bytes.info->dtype);
  const bool aligned = reinterpret_cast<std::uintptr_t>(bytes.data) % c10::elementSize(dtype) == 0;
  if (!aligned || bytes.size == 0) {
    target.copy_(toTensor(bytes, target.options()));
    return;
  }
  // from_blob only reads here: copy_ never writes its source.
  const auto inPlace = torch::from_blob(const_cast<std::uint8_t*>(bytes.data), bytes.info->shape,
                                        torch::dtype(dtype));
  target.copy_(inPlace);
}

torch::Tensor loadTensor(const CheckpointTensors& checkpoint, const std::string& name,
                         torch::TensorOptions target) {
  return toTensor(checkpoint.bytes(name), target);
}

torch::Tensor contiguousCpu(const torch::Tensor& tensor) {
  return tensor.detach().to(torch::kCPU).contiguous();
}

SafetensorsTensorView viewForWriting(const std::string& name, const torch::Tensor& tensor) {
  if (!tensor.device().is_cpu() || !tensor.is_contiguous())
    throw Error("tensor '" + name + "' must be contiguous on the CPU to be written");
  SafetensorsTensorView view;
  view.name = name;
  view.dtype = toSafetensorsDtype(tensor.scalar_type());
  view.shape = tensor.sizes().vec();
  view.data = tensor.data_ptr();
  view.size = static_cast<std::size_t>(tensor.numel()) * tensor.element_size();
  return view;
}

}  // namespace msl
