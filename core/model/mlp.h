#pragma once
// SwiGLU feed-forward block: down(silu(gate(x)) * up(x)).
#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>

#include "model/lora_linear.h"
#include "model/model_config.h"

namespace msl {

class MlpImpl : public torch::nn::Module {
 public:
  explicit MlpImpl(const ModelConfig& config, const WeightPlacement& placement = {});
  torch::Tensor forward(const torch::Tensor& x);

  LoraLinear gate_proj{nullptr}, up_proj{nullptr}, down_proj{nullptr};
};
TORCH_MODULE(Mlp);

}  // namespace msl
