#include "model/attention.h"

#include <ATen/ATen.h>

#include <cmath>
#include <limits>

#include "model/rotary_embedding.h"

namespace msl {

AttentionImpl::AttentionImpl(const ModelConfig& config)
    : heads_(config.numAttentionHeads),
      keyValueHeads_(config.numKeyValueHeads),
      headDim_(config.headDim) {
  const auto linear = [&](std::int64_t in, std::int64_t out, bool bias) {
    return LoraLinear(in, out, bias);
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
    if (cache->keys.defined()) {
      keys = torch::cat({cache->keys, keys}, 2);
      values = torch::cat({cache->values, values}, 2);
    }
    cache->keys = keys;
    cache->values = values;
  }
  const auto group = heads_ / keyValueHeads_;
  // Each key/value head serves `group` query heads: group the queries instead of copying K/V.
  const auto grouped = queries.reshape({batch, keyValueHeads_, group, length, headDim_});
  auto scores = torch::matmul(grouped, keys.unsqueeze(2).transpose(-1, -2)) /
                std::sqrt(static_cast<double>(headDim_));  // [B, KV, G, T, S]
  // Softmax in float32 (float64 for double checks), as Hugging Face does.
  const auto wide = scores.scalar_type() == torch::kDouble ? torch::kDouble : torch::kFloat;
  scores = scores.to(wide);
  // The lowest finite value, not -inf: a row with no allowed key (a padding query) then gets a
  // uniform distribution instead of NaN, and its output is never used.
  const double lowest = wide == torch::kDouble ? std::numeric_limits<double>::lowest()
                                               : std::numeric_limits<float>::lowest();
  scores = scores.masked_fill(allowed.unsqueeze(1).logical_not(), lowest);
  const auto weights = torch::softmax(scores, -1).to(values.scalar_type());
  const auto context = torch::matmul(weights, values.unsqueeze(2));  // [B, KV, G, T, d]
  return o_proj(context.reshape({batch, heads_, length, headDim_})
                    .transpose(1, 2)
                    .reshape({batch, length, heads_ * headDim_}));
}

}  // namespace msl
