#include "model/causal_lm.h"

#include <ATen/ATen.h>

namespace msl {

CausalLmImpl::CausalLmImpl(const ModelConfig& config, const WeightPlacement& placement)
    : config_(config) {
  model = register_module("model", DecoderStack(config, placement));
  if (!config.tieWordEmbeddings)
    lm_head = register_module("lm_head",
                              LoraLinear(config.hiddenSize, config.vocabSize, false, placement));
}

torch::Tensor CausalLmImpl::hiddenStates(const DecoderInputs& inputs) {
  return model(inputs);
}

torch::Tensor CausalLmImpl::forward(const DecoderInputs& inputs) {
  return logits(hiddenStates(inputs));
}

torch::Tensor CausalLmImpl::lmHeadWeight() const {
  return lm_head ? lm_head->weight : model->embed_tokens->weight;
}

torch::Tensor CausalLmImpl::logits(const torch::Tensor& hidden) const {
  return torch::matmul(hidden, lmHeadWeight().t());
}

torch::Tensor CausalLmImpl::logitsForVocabulary(const torch::Tensor& hidden,
                                                const torch::Tensor& vocabularyRows) const {
  const auto rows = lmHeadWeight().index_select(0, vocabularyRows.to(torch::kLong));  // [K, D]
  return torch::matmul(hidden, rows.t());
}

torch::Tensor CausalLmImpl::logitsForCandidates(const torch::Tensor& hidden,
                                                const torch::Tensor& candidates) const {
  TORCH_CHECK(hidden.dim() == 2 && candidates.dim() == 2 && hidden.size(0) == candidates.size(0),
              "expected hidden [N, D] and candidates [N, K], got ", hidden.sizes(), " and ",
              candidates.sizes());
  const auto rows = lmHeadWeight()
                        .index_select(0, candidates.reshape({-1}).to(torch::kLong))
                        .view({candidates.size(0), candidates.size(1), -1});  // [N, K, D]
  return torch::bmm(rows, hidden.unsqueeze(2)).squeeze(2);
}

torch::Tensor selectPositions(const torch::Tensor& hidden, const torch::Tensor& batchIndex,
                              const torch::Tensor& positionIndex) {
  return hidden.index({batchIndex.to(torch::kLong), positionIndex.to(torch::kLong)});
}

}  // namespace msl
