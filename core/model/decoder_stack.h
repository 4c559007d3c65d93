#pragma once
// The body of a decoder-only model, Hugging Face's "model." prefix: token embeddings, the
// layers and the final norm. Parameter names match Hugging Face checkpoints exactly
// (embed_tokens.weight, layers.N.self_attn.q_proj.weight, norm.weight).
#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/embedding.h>
#include <torch/nn/pimpl.h>

#include "model/decoder_layer.h"
#include "model/kv_cache.h"
#include "model/rotary_embedding.h"

namespace msl {

struct DecoderInputs {
  torch::Tensor inputIds;       // [B, T] int64
  torch::Tensor attentionMask;  // [B, P + T], 1 = real, 0 = left padding; optional
  torch::Tensor positionIds;    // [B, T]; optional (derived from the mask or the cache)
  KvCache* cache = nullptr;     // extended in place when given
};

class DecoderStackImpl : public torch::nn::Module {
 public:
  explicit DecoderStackImpl(const ModelConfig& config, const WeightPlacement& placement = {});
  torch::Tensor forward(const DecoderInputs& inputs);  // final-normed hidden states [B, T, D]
  // In training with gradients, recompute each layer in backward instead of keeping its
  // activations (model/activation_checkpoint.h). Off by default.
  void setActivationCheckpointing(bool enabled) { activationCheckpointing_ = enabled; }
  bool activationCheckpointing() const { return activationCheckpointing_; }

  torch::nn::Embedding embed_tokens{nullptr};
  torch::nn::ModuleList layers{nullptr};
  RMSNorm norm{nullptr};

 private:
  ModelConfig config_;
  RotaryEmbedding rotary_{nullptr};
  bool activationCheckpointing_ = false;
};
TORCH_MODULE(DecoderStack);

}  // namespace msl
