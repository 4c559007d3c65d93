#include "model/mlp.h"

#include <ATen/ATen.h>

namespace msl {

MlpImpl::MlpImpl(const ModelConfig& config, const WeightPlacement& placement) {
  const auto linear = [&](std::int64_t in, std::int64_t out) {
    return LoraLinear(in, out, false, placement);
  };
  gate_proj = register_module("gate_proj", linear(config.hiddenSize, config.intermediateSize));
  up_proj = register_module("up_proj", linear(config.hiddenSize, config.intermediateSize));
  down_proj = register_module("down_proj", linear(config.intermediateSize, config.hiddenSize));
}

torch::Tensor MlpImpl::forward(const torch::Tensor& x) {
  return down_proj(torch::silu(gate_proj(x)) * up_proj(x));
}

}  // namespace msl
