#pragma once
// Logits of the target rows over a set of vocabulary columns, with each row's valid columns.
// The sparse path computes only the union U of the batch's valid tokens: W[U] is gathered
// ([|U|, H]) and z = h·W[U]ᵀ is [N, |U|]. The dense path computes all V columns ([N, V]) as the
// reference does. Masking (-inf outside the valid set) is left to the loss, which also needs the
// unmasked logits for the ATS statistics.
// The sparse path keeps no [|U|, H] copy of W for backward (gathered_rows_linear.h).
#include <ATen/core/Tensor.h>

#include <vector>

#include "losses/target_rows.h"
#include "losses/weight_gradient.h"

namespace msl {

// Logits of a bf16 or fp16 model in float32, for the log-sum-exp and τ's statistics (as
// transformers upcasts them); float32 and float64 logits stay as they are.
at::Tensor atLeastFloat32(const at::Tensor& logits);

struct MaskedLogits {
  at::Tensor logits;                  // [N, K] raw z (+ bias), differentiable w.r.t. h and W
  at::Tensor valid;                   // [N, K] bool: the column is in the row's valid set
  at::Tensor targetColumn;            // [N] int64: the column of the row's target token
  std::vector<TokenId> columnTokens;  // [K] token of each column (dense: empty, column = token)
};

// `bias` may be undefined (no LM-head bias). h [N, H], W [V, H], bias [V]; rows.size() == N.
// weightGradient: how dL/dW leaves the gathered product (LossConfig).
MaskedLogits sparseMaskedLogits(const at::Tensor& hidden, const at::Tensor& weight,
                                const at::Tensor& bias, const TargetRows& rows,
                                WeightGradient weightGradient = WeightGradient::Dense);
MaskedLogits denseMaskedLogits(const at::Tensor& hidden, const at::Tensor& weight,
                               const at::Tensor& bias, const TargetRows& rows);

// Throws msl::Error unless h, W (and bias) have matching shapes, dtype and device and the rows'
// tokens lie inside W's vocabulary.
void checkLossInputs(const at::Tensor& hidden, const at::Tensor& weight, const at::Tensor& bias,
                     const TargetRows& rows);

}  // namespace msl
