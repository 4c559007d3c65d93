#pragma once
// RMSNorm as Hugging Face's LlamaRMSNorm: normalise in float32 (or wider), scale afterwards.
#include <torch/arg.h>
#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>

namespace msl {

struct RMSNormOptions {
  explicit RMSNormOptions(std::int64_t dim) : dim_(dim) {}
  TORCH_ARG(std::int64_t, dim);
  TORCH_ARG(double, eps) = 1e-6;
};

class RMSNormImpl : public torch::nn::Module {
 public:
  explicit RMSNormImpl(const RMSNormOptions& options);
  torch::Tensor forward(const torch::Tensor& x);  // normalises the last dimension

  RMSNormOptions options;
  torch::Tensor weight;
};
TORCH_MODULE(RMSNorm);

}  // namespace msl
