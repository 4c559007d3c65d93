#pragma once
// Floating-point operations of a decoder forward pass, counted from the config. Torch-free.
// Matrix multiplies: 2 x (projection and LM-head weights) x tokens; the embedding lookup and
// norms are not matmuls and are left out. Attention: Q K^T and P V, each 2 x T^2 x (heads x
// head_dim) per sequence and layer, counted over the full T x T square because that is what
// the implementation computes (no causal skipping). Backward is counted as 2 x forward.
#include <cstdint>

#include "model/model_config.h"

namespace msl {

struct ForwardFlops {
  double matmul = 0;
  double attention = 0;
  double total() const { return matmul + attention; }
};

// Weights that take part in matmuls for every token: the layers' projections and the LM head.
std::int64_t matmulParameterCount(const ModelConfig& config);

ForwardFlops forwardFlops(const ModelConfig& config, std::int64_t batch,
                          std::int64_t sequenceLength);

}  // namespace msl
