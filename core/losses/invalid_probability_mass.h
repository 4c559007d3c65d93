#pragma once
// The share of the model's full softmax (τ = 1, the distribution inference decodes from) that
// falls on invalid tokens at the target positions, averaged over rows: the quantity MSL stops
// penalising. It needs the full-vocabulary log-sum-exp, i.e. a whole LM-head pass, so it runs
// without gradient, in chunks of vocabulary rows, and callers sample it every k steps.
#include <ATen/core/Tensor.h>

#include <cstdint>

#include "losses/target_rows.h"

namespace msl {

// Chunks of W bound the extra memory to [N, vocabularyChunk] logits.
inline constexpr std::int64_t kInvalidMassVocabularyChunk = 8192;

double invalidProbabilityMass(const at::Tensor& hidden, const at::Tensor& weight,
                              const at::Tensor& bias, const TargetRows& rows,
                              std::int64_t vocabularyChunk = kInvalidMassVocabularyChunk);
// The same as a float64 scalar on the model's device, for a caller that reads it back later.
at::Tensor invalidProbabilityMassOnDevice(
    const at::Tensor& hidden, const at::Tensor& weight, const at::Tensor& bias,
    const TargetRows& rows, std::int64_t vocabularyChunk = kInvalidMassVocabularyChunk);

}  // namespace msl
