#pragma once
// Between safetensors bytes and torch::Tensor. The mapped bytes are copied into a fresh tensor
// (they may be unaligned and must not outlive the mapping), then converted to the requested
// dtype and device.
#include <torch/types.h>

#include <string>

#include "model/safetensors_file.h"
#include "model/safetensors_writer.h"

namespace msl {

class CheckpointTensors;

torch::ScalarType toTorchDtype(SafetensorsDtype dtype);
SafetensorsDtype toSafetensorsDtype(torch::ScalarType dtype);  // throws for other types

torch::Tensor toTensor(const SafetensorsBytes& bytes,
                       torch::TensorOptions target = torch::dtype(torch::kFloat32));
// Converts the bytes into `target` (any dtype and device of the same shape). Aligned bytes are
// read in place from the mapping, so a loaded weight costs no host copy on the way.
void copyInto(torch::Tensor& target, const SafetensorsBytes& bytes);
torch::Tensor loadTensor(const CheckpointTensors& checkpoint, const std::string& name,
                         torch::TensorOptions target = torch::dtype(torch::kFloat32));

// A view of `tensor` for writeSafetensors; `tensor` must be a contiguous CPU tensor that
// outlives the write (see contiguousCpu).
SafetensorsTensorView viewForWriting(const std::string& name, const torch::Tensor& tensor);
torch::Tensor contiguousCpu(const torch::Tensor& tensor);

}  // namespace msl
