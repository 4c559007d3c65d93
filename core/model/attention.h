#pragma once
// Grouped-query self-attention of the Llama/Qwen decoders: q/k/v projections (with bias for
// qwen2), optional per-head RMSNorm on q and k (qwen3), rotary embeddings, KV cache.
#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>

#include "model/kv_cache.h"
#include "model/lora_linear.h"
#include "model/model_config.h"
#include "model/rms_norm.h"

namespace msl {

class AttentionImpl : public torch::nn::Module {
 public:
  explicit AttentionImpl(const ModelConfig& config, const WeightPlacement& placement = {});
  // hidden [B, T, D]; cos/sin [B, T, d]; allowed bool [B, 1, T, S]; cache may be null.
  torch::Tensor forward(const torch::Tensor& hidden, const torch::Tensor& cos,
                        const torch::Tensor& sin, const torch::Tensor& allowed,
                        LayerKvCache* cache);

  LoraLinear q_proj{nullptr}, k_proj{nullptr}, v_proj{nullptr}, o_proj{nullptr};
  RMSNorm q_norm{nullptr}, k_norm{nullptr};

 private:
  std::int64_t heads_, keyValueHeads_, headDim_;
};
TORCH_MODULE(Attention);

}  // namespace msl
