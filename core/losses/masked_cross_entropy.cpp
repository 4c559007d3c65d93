#include "losses/masked_cross_entropy.h"

#include <torch/torch.h>

#include <limits>

namespace msl {

at::Tensor maskedCrossEntropyPerRow(const at::Tensor& logits, const at::Tensor& valid,
                                    const at::Tensor& targetColumn, double tau) {
  at::Tensor scaled = tau == 1.0 ? logits : logits / tau;  // [N, K]
  if (valid.defined()) {
    scaled = scaled.masked_fill(valid.logical_not(), -std::numeric_limits<double>::infinity());
  }
  const at::Tensor logNormaliser = torch::logsumexp(scaled, {1});                         // [N]
  const at::Tensor targetLogit = scaled.gather(1, targetColumn.unsqueeze(1)).squeeze(1);  // [N]
  return logNormaliser - targetLogit;
}

}  // namespace msl
