#pragma once
// Which keys each query may attend to: causal, not padding, and inside the sliding window.
#include <ATen/core/Tensor.h>

#include <cstdint>

namespace msl {

// paddingMask [B, P + T] (1 = real token, 0 = padding; undefined = all real), queries are the
// last T positions, P earlier positions are cached. Returns bool [B, 1, T, P + T].
at::Tensor buildAttentionMask(const at::Tensor& paddingMask, std::int64_t batch,
                              std::int64_t queryLength, std::int64_t pastLength,
                              std::int64_t slidingWindow, const at::Device& device);

// Hugging Face's position ids for left padding: count real tokens so far (padding gets 1);
// returns the last `queryLength` columns, [B, T].
at::Tensor positionIdsFromPaddingMask(const at::Tensor& paddingMask, std::int64_t queryLength);

}  // namespace msl
