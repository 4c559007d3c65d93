#include "model/attention.h"

#include <ATen/ATen.h>

#include <cmath>

#include "model/rotary_embedding.h"

namespace msl {

AttentionImpl::AttentionImpl(const ModelConfig& config, const WeightPlacement& placement)
    : heads_(config.numAttentionHeads),
      keyValueHeads_(config.numKeyValueHeads),
      headDim_(config.headDim) {
  const auto linear = [&](std::int64_t in, std::int64_t out, bool bias) {
    return LoraLinear(in, out, bias, placement);
  };
  q_proj = register_module("q_proj", linear(config.hiddenSize, heads_ * headDim_, config.qkvBias));
  k_proj = register_module("k_proj",
                           linear(config.hiddenSize, keyValueHeads_ * headDim_, config.qkvBias));
  v_proj = register_module("v_proj",
                           linear(config.hiddenSize, keyValueHeads_ * headDim_, config.qkvBias));
  o_proj =
      register_module("o_proj", linear(heads_ * headDim_, config.hiddenSize, config.outputBias));
  if (config.qkNorm) {
    q_norm = register_module("q_norm", RMSNorm(RMSNormOptions(headDim_).eps(config.rmsNormEps)));
    k_norm = register_module("k_norm", RMSNorm(RMSNormOptions(headDim_).eps(config.rmsNormEps)));
  }
}

torch::Tensor AttentionImpl::forward(const torch::Tensor& hidden, const torch::Tensor& cos,
                                     const torch::Tensor& sin, const torch::Tensor& allowed,
                                     LayerKvCache* cache) {
  const auto batch = hidden.size(0);
  const auto length = hidden.size(1);
  auto queries = q_proj(hidden).view({batch, length, heads_, headDim_});
  auto keys = k_proj(hidden).view({batch, length, keyValueHeads_, headDim_});
  auto values = v_proj(hidden).view({batch, length, keyValueHeads_, headDim_}).transpose(1, 2);
  if (q_norm) {
    queries = q_norm(queries);
    keys = k_norm(keys);
  }
  queries = applyRotary(queries.transpose(1, 2), cos, sin);  // [B, H, T, d]
  keys = applyRotary(keys.transpose(1, 2), cos, sin);        // [B, KV, T, d]
  if (cache != nullptr) {
    auto cached = cache->append(keys, values);
    keys = std::move(cached.keys);
    values = std::move(cached.values);
  }
  // LibTorch's fused attention (a flash kernel on the CPU and on CUDA where the shapes allow,
  // the math path otherwise): each key/value head serves heads/kvHeads query heads without
  // copies (enable_gqa), and the softmax accumulates in float32 for half-precision inputs.
  // Every query has at least one allowed key (buildAttentionMask), so no row is NaN.
  const auto context = at::scaled_dot_product_attention(
      queries, keys, values, allowed, /*dropout_p=*/0.0, /*is_causal=*/false,
      /*scale=*/1.0 / std::sqrt(static_cast<double>(headDim_)), /*enable_gqa=*/true);  // [B,H,T,d]
  return o_proj(context.transpose(1, 2).reshape({batch, length, heads_ * headDim_}));
}

}  // namespace msl
