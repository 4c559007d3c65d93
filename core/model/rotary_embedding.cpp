#include "model/rotary_embedding.h"

#include <ATen/ATen.h>

#include "model/rope_frequencies.h"

namespace msl {

RotaryEmbeddingImpl::RotaryEmbeddingImpl(const ModelConfig& config) {
  const auto frequencies =
      ropeInverseFrequencies(config.headDim, config.ropeTheta, config.ropeScaling);
  inverseFrequencies_ = torch::tensor(frequencies, torch::dtype(torch::kFloat64));
}

std::pair<torch::Tensor, torch::Tensor> RotaryEmbeddingImpl::forward(
    const torch::Tensor& positionIds, torch::ScalarType dtype) {
  // Angles in float32 as Hugging Face computes them (float64 for double-precision checks).
  const auto angleType = dtype == torch::kDouble ? torch::kDouble : torch::kFloat;
  const auto frequencies = inverseFrequencies_.to(positionIds.device(), angleType);
  const auto angles = positionIds.to(angleType).unsqueeze(-1) * frequencies;  // [B, T, d/2]
  const auto both = torch::cat({angles, angles}, -1);
  return {both.cos().to(dtype), both.sin().to(dtype)};
}

torch::Tensor applyRotary(const torch::Tensor& x, const torch::Tensor& cos,
                          const torch::Tensor& sin) {
  const auto half = x.size(-1) / 2;
  const auto rotated = torch::cat({-x.narrow(-1, half, half), x.narrow(-1, 0, half)}, -1);
  return x * cos.unsqueeze(1) + rotated * sin.unsqueeze(1);
}

}  // namespace msl
