#include "model/rms_norm.h"

#include <ATen/ATen.h>

namespace msl {

RMSNormImpl::RMSNormImpl(const RMSNormOptions& options_) : options(options_) {
  weight = register_parameter("weight", torch::ones({options.dim()}));
}

torch::Tensor RMSNormImpl::forward(const torch::Tensor& x) {
  // Half-precision inputs are normalised in float32, as Hugging Face does, so that the mean
  // of squares neither overflows nor loses the small components.
  const auto wide = x.scalar_type() == torch::kDouble ? x : x.to(torch::kFloat);
  const auto normalised = wide * torch::rsqrt(wide.pow(2).mean(-1, true) + options.eps());
  return weight * normalised.to(x.scalar_type());
}

}  // namespace msl
