#pragma once
// A batch as the model and the loss take it. Sequences are LEFT padded so that every prompt
// ends at the same distance from the right edge, as generation needs it; the target rows are
// the positions whose hidden state predicts a target token.
#include <ATen/core/Tensor.h>
#include <c10/core/Device.h>

#include <cstdint>
#include <vector>

#include "losses/target_rows.h"
#include "training/encoded_sample.h"
#include "trie/target_masks.h"

namespace msl {

struct TrainingBatch {
  at::Tensor inputIds;       // [B, T] int64, padding on the left
  at::Tensor attentionMask;  // [B, T] int64, 1 = real token
  at::Tensor positionIds;    // [B, T] int64, 0 at each sequence's first real token
  // Row n of the loss: hidden state at (batchIndex[n], positionIndex[n]) predicts target
  // token n. For target t of a sample that is the column holding target t−1 (the last prompt
  // token for t = 0). [N] int64 each.
  at::Tensor batchIndex;
  at::Tensor positionIndex;
  TargetRows rows;
  std::vector<std::size_t> samples;  // split indices, in batch order
  std::int64_t realTokens = 0;       // non-padding input tokens
  std::int64_t sequenceLength = 0;   // T

  std::int64_t size() const { return static_cast<std::int64_t>(samples.size()); }
};

// `encoded` is indexed by split sample; `masks` gives the valid sets of the same split.
TrainingBatch buildTrainingBatch(const std::vector<EncodedSample>& encoded,
                                 const TargetMasks& masks, const std::vector<std::size_t>& samples,
                                 TokenId padId, const c10::Device& device);

}  // namespace msl
