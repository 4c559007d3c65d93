#pragma once
// A decoder-only causal language model in Hugging Face layout ("model." body + "lm_head"),
// for the llama, mistral, qwen2 and qwen3 families. Beyond full logits, the LM head can be
// applied to selected positions and to a subset of vocabulary rows only: MSL needs the
// logits of the valid tokens at target positions, never the full [B, T, V] tensor.
#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>

#include "model/decoder_stack.h"

namespace msl {

class CausalLmImpl : public torch::nn::Module {
 public:
  explicit CausalLmImpl(const ModelConfig& config, const WeightPlacement& placement = {});

  const ModelConfig& config() const { return config_; }
  KvCache newCache() const { return KvCache(config_.numHiddenLayers); }

  torch::Tensor hiddenStates(const DecoderInputs& inputs);  // [B, T, D]
  torch::Tensor forward(const DecoderInputs& inputs);       // logits [B, T, V]

  // The LM head's weight [V, D]: the embedding matrix when embeddings are tied.
  torch::Tensor lmHeadWeight() const;
  // hidden [..., D] -> [..., V].
  torch::Tensor logits(const torch::Tensor& hidden) const;
  // hidden [N, D], vocabularyRows [K] -> [N, K]: logits of the same K tokens everywhere.
  torch::Tensor logitsForVocabulary(const torch::Tensor& hidden,
                                    const torch::Tensor& vocabularyRows) const;
  // hidden [N, D], candidates [N, K] -> [N, K]: each row's own K tokens.
  torch::Tensor logitsForCandidates(const torch::Tensor& hidden,
                                    const torch::Tensor& candidates) const;

  DecoderStack model{nullptr};
  LoraLinear lm_head{nullptr};  // null when tie_word_embeddings

 private:
  ModelConfig config_;
};
TORCH_MODULE(CausalLm);

// hidden [B, T, D] at (batchIndex[n], positionIndex[n]) -> [N, D].
torch::Tensor selectPositions(const torch::Tensor& hidden, const torch::Tensor& batchIndex,
                              const torch::Tensor& positionIndex);

}  // namespace msl
