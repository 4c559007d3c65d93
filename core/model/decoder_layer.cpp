#include "model/decoder_layer.h"

#include <ATen/ATen.h>

namespace msl {

DecoderLayerImpl::DecoderLayerImpl(const ModelConfig& config, const WeightPlacement& placement) {
  const auto norm = RMSNormOptions(config.hiddenSize).eps(config.rmsNormEps);
  self_attn = register_module("self_attn", Attention(config, placement));
  mlp = register_module("mlp", Mlp(config, placement));
  input_layernorm = register_module("input_layernorm", RMSNorm(norm));
  post_attention_layernorm = register_module("post_attention_layernorm", RMSNorm(norm));
}

torch::Tensor DecoderLayerImpl::forward(const torch::Tensor& hidden, const torch::Tensor& cos,
                                        const torch::Tensor& sin, const torch::Tensor& allowed,
                                        LayerKvCache* cache) {
  const auto attended = hidden + self_attn(input_layernorm(hidden), cos, sin, allowed, cache);
  return attended + mlp(post_attention_layernorm(attended));
}

}  // namespace msl
