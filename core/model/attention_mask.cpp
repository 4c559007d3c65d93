#include "model/attention_mask.h"

#include <ATen/ATen.h>

namespace msl {

at::Tensor buildAttentionMask(const at::Tensor& paddingMask, std::int64_t batch,
                              std::int64_t queryLength, std::int64_t pastLength,
                              std::int64_t slidingWindow, const at::Device& device) {
  const auto total = pastLength + queryLength;
  const auto options = at::TensorOptions().dtype(at::kLong).device(device);
  const auto queryPositions = at::arange(pastLength, total, options).unsqueeze(1);  // [T, 1]
  const auto keyPositions = at::arange(0, total, options).unsqueeze(0);             // [1, S]
  auto allowed = keyPositions <= queryPositions;
  if (slidingWindow > 0) allowed = allowed & (queryPositions - keyPositions < slidingWindow);
  allowed = allowed.unsqueeze(0).unsqueeze(0).expand({batch, 1, queryLength, total});
  if (paddingMask.defined()) {
    TORCH_CHECK(
        paddingMask.dim() == 2 && paddingMask.size(0) == batch && paddingMask.size(1) == total,
        "attention mask must be [batch, cached + new tokens] = [", batch, ", ", total, "], got ",
        paddingMask.sizes());
    allowed = allowed & paddingMask.to(device).ne(0).view({batch, 1, 1, total});
    // A padding query would be left with no key at all, which fused attention turns into NaN,
    // and NaN values poison real queries in the next layer even at weight 0. It may see itself:
    // only its own output changes, and that output is never used.
    allowed = allowed | (keyPositions == queryPositions).view({1, 1, queryLength, total});
  }
  return allowed;
}

at::Tensor positionIdsFromPaddingMask(const at::Tensor& paddingMask, std::int64_t queryLength) {
  const auto real = paddingMask.to(at::kLong);
  const auto positions = (real.cumsum(1) - 1).masked_fill(real.eq(0), 1);
  return positions.narrow(1, positions.size(1) - queryLength, queryLength);
}

}  // namespace msl
