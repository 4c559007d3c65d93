#pragma once
// z = h · W[U]ᵀ without keeping the gathered copy W[U] ([|U|, H], the largest buffer of the
// sparse path) alive for backward: forward and backward gather U in chunks of rows and save only
// h, W (by reference) and U. No double backward.
#include <ATen/core/Tensor.h>

#include <cstdint>

#include "losses/weight_gradient.h"

namespace msl {

// Gathered W rows per chunk when the caller does not choose: about 1 MiB of rows, which keeps the
// temporary copy small next to the logits while each GEMM stays wide enough for its peak.
inline constexpr std::int64_t kGatheredChunkBytes = std::int64_t{1} << 20;
std::int64_t gatheredRowsPerChunk(const at::Tensor& weight);

// hidden [N, H], weight [V, H], rows [K] int64 → [N, K]. chunkRows 0 = gatheredRowsPerChunk.
at::Tensor gatheredRowsLinear(const at::Tensor& hidden, const at::Tensor& weight,
                              const at::Tensor& rows,
                              WeightGradient weightGradient = WeightGradient::Dense,
                              std::int64_t chunkRows = 0);

}  // namespace msl
