#pragma once
// How the sparse loss path hands back the LM-head weight's gradient (gathered_rows_linear.h).
// Torch-free: the loss configuration names it.

namespace msl {

enum class WeightGradient {
  Dense,       // [V, H] with zeros outside U, as index_select's backward gives it
  SparseRows,  // a sparse [V, H] tensor of the |U| rows: adds cheaply into a dense W.grad
  // Added chunk by chunk straight into W.grad, which the caller keeps between steps (zeroed, not
  // set to none): nothing of size [|U|, H] or [V, H] is allocated. Only for backward(): under
  // torch::autograd::grad W would get no gradient. Without a W.grad it falls back to SparseRows.
  IntoKeptGradient,
};

}  // namespace msl
