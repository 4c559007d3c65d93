#pragma once
// Per-row cross-entropy over a row's valid columns, with a stable log-sum-exp:
// ℓ_r = log Σ_{v ∈ V_r} exp(z_rv/τ) − z_ry/τ. Invalid columns get -inf before the sum (their
// softmax weight and gradient are exactly 0); an undefined mask means every column (LML).
#include <ATen/core/Tensor.h>

namespace msl {

// logits [N, K], valid [N, K] bool or undefined, targetColumn [N] int64 → [N].
at::Tensor maskedCrossEntropyPerRow(const at::Tensor& logits, const at::Tensor& valid,
                                    const at::Tensor& targetColumn, double tau);
// The same with τ a scalar tensor on the logits' device (ATS's, which is not read back).
at::Tensor maskedCrossEntropyPerRow(const at::Tensor& logits, const at::Tensor& valid,
                                    const at::Tensor& targetColumn, const at::Tensor& tau);

}  // namespace msl
