#include "losses/masked_cross_entropy.h"

#include <torch/torch.h>

#include <limits>

namespace msl {

namespace {

at::Tensor crossEntropyOfScaled(at::Tensor scaled, const at::Tensor& valid,
                                const at::Tensor& targetColumn) {
  if (valid.defined()) {
    scaled = scaled.masked_fill(valid.logical_not(), -std::numeric_limits<double>::infinity());
  }
  const at::Tensor logNormaliser = torch::logsumexp(scaled, {1});                         // [N]
  const at::Tensor targetLogit = scaled.gather(1, targetColumn.unsqueeze(1)).squeeze(1);  // [N]
  return logNormaliser - targetLogit;
}

}  // namespace

at::Tensor maskedCrossEntropyPerRow(const at::Tensor& logits, const at::Tensor& valid,
                                    const at::Tensor& targetColumn, double tau) {
  return crossEntropyOfScaled(tau == 1.0 ? logits : logits / tau, valid, targetColumn);
}

at::Tensor maskedCrossEntropyPerRow(const at::Tensor& logits, const at::Tensor& valid,
                                    const at::Tensor& targetColumn, const at::Tensor& tau) {
  // In the logits' dtype, as the double overload divides: τ's float64 would promote [N, K].
  return crossEntropyOfScaled(logits / tau.to(logits.scalar_type()), valid, targetColumn);
}

}  // namespace msl
