#pragma once
// Gradient norms as a step reports them, before clipping (what Hugging Face reports): the global
// norm, and per module ("layers.0.self_attn.q_proj") and per layer ("layers.0"; "embed_tokens",
// "norm" and "lm_head" are their own group) for the charts' heatmap.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "training/optimizer_state_file.h"

namespace msl {

struct GradientNorms {
  double global = 0;
  std::map<std::string, double> perModule;
};

// `squaredNorms` are the squared L2 norms of the gradients of `trainable`
// ("model.layers.0.self_attn.q_proj.weight", ...) in the same order; nullopt: no gradient.
GradientNorms gradientNorms(const std::vector<NamedParameter>& trainable,
                            const std::vector<std::optional<double>>& squaredNorms);

}  // namespace msl
