#pragma once
// Rotary position embeddings in Hugging Face's convention: cos/sin of position x inverse
// frequency, duplicated over both halves of the head dimension, applied with rotate_half.
#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>

#include <utility>

#include "model/model_config.h"

namespace msl {

class RotaryEmbeddingImpl : public torch::nn::Module {
 public:
  explicit RotaryEmbeddingImpl(const ModelConfig& config);
  // positionIds [B, T] -> (cos, sin), each [B, T, headDim] in `dtype`.
  std::pair<torch::Tensor, torch::Tensor> forward(const torch::Tensor& positionIds,
                                                  torch::ScalarType dtype);

 private:
  // Plain member, not a buffer: it is derived from the config, never saved or loaded.
  torch::Tensor inverseFrequencies_;  // [headDim / 2], float64
};
TORCH_MODULE(RotaryEmbedding);

// x [B, H, T, d]; cos, sin [B, T, d].
torch::Tensor applyRotary(const torch::Tensor& x, const torch::Tensor& cos,
                          const torch::Tensor& sin);

}  // namespace msl
