#pragma once
// One pre-norm decoder block: x + attn(norm(x)), then + mlp(norm(.)).
#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>

#include "model/attention.h"
#include "model/mlp.h"
#include "model/rms_norm.h"

namespace msl {

class DecoderLayerImpl : public torch::nn::Module {
 public:
  explicit DecoderLayerImpl(const ModelConfig& config, const WeightPlacement& placement = {});
  torch::Tensor forward(const torch::Tensor& hidden, const torch::Tensor& cos,
                        const torch::Tensor& sin, const torch::Tensor& allowed,
                        LayerKvCache* cache);

  Attention self_attn{nullptr};
  Mlp mlp{nullptr};
  RMSNorm input_layernorm{nullptr}, post_attention_layernorm{nullptr};
};
TORCH_MODULE(DecoderLayer);

}  // namespace msl
