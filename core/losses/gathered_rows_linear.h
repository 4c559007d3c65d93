#pragma once
// z = h · W[U]ᵀ without keeping the gathered copy W[U] ([|U|, H], the largest buffer of the
// sparse path) alive for backward: forward and backward gather U in chunks of rows and save only
// h, W (by reference) and U. dL/dW is either dense [V, H] (zeros outside U, as index_select's
// backward) or sparse (the |U| rows). No double backward.
#include <ATen/core/Tensor.h>

#include <cstdint>

namespace msl {

// Gathered W rows per chunk: bounds the temporary copy to [chunk, H].
inline constexpr std::int64_t kGatheredRowsChunk = 256;

// hidden [N, H], weight [V, H], rows [K] int64 → [N, K].
at::Tensor gatheredRowsLinear(const at::Tensor& hidden, const at::Tensor& weight,
                              const at::Tensor& rows, bool sparseWeightGradient = false,
                              std::int64_t chunkRows = kGatheredRowsChunk);

}  // namespace msl
