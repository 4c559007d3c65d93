#include "losses/gathered_rows_linear.h"

#include <torch/torch.h>

#include <algorithm>

#include "common/error.h"

namespace msl {
namespace {

class GatheredRowsLinear : public torch::autograd::Function<GatheredRowsLinear> {
 public:
  static at::Tensor forward(torch::autograd::AutogradContext* context, const at::Tensor& hidden,
                            const at::Tensor& weight, const at::Tensor& rows,
                            std::int64_t weightGradient, std::int64_t chunkRows) {
    context->save_for_backward({hidden, weight, rows});
    context->saved_data["weight_gradient"] = weightGradient;
    context->saved_data["chunk"] = chunkRows;
    const std::int64_t columns = rows.size(0);
    if (columns <= chunkRows) return torch::mm(hidden, weight.index_select(0, rows).t());
    at::Tensor logits = torch::empty({hidden.size(0), columns}, hidden.options());  // [N, K]
    for (std::int64_t begin = 0; begin < columns; begin += chunkRows) {
      const std::int64_t length = std::min(chunkRows, columns - begin);
      const at::Tensor chunk = weight.index_select(0, rows.narrow(0, begin, length));  // [c, H]
      logits.narrow(1, begin, length).copy_(torch::mm(hidden, chunk.t()));
    }
    return logits;
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* context,
                                                 torch::autograd::variable_list gradients) {
    const auto saved = context->get_saved_variables();
    const at::Tensor& hidden = saved[0];                      // [N, H]
    at::Tensor weight = saved[1];                             // [V, H], the leaf itself
    const at::Tensor& rows = saved[2];                        // [K]
    const at::Tensor gradLogits = gradients[0].contiguous();  // [N, K]
    const std::int64_t chunkRows = context->saved_data["chunk"].toInt();
    auto mode = static_cast<WeightGradient>(context->saved_data["weight_gradient"].toInt());
    const std::int64_t columns = rows.size(0);
    at::Tensor gradHidden, gradWeight;
    const bool wantWeight = context->needs_input_grad(1);
    if (mode == WeightGradient::IntoKeptGradient &&
        !(weight.grad().defined() && weight.grad().layout() == at::kStrided &&
          !at::GradMode::is_enabled()))
      mode = WeightGradient::SparseRows;
    at::Tensor gradRows;  // [K, H] unless accumulated in place
    if (wantWeight && mode != WeightGradient::IntoKeptGradient)
      gradRows = torch::mm(gradLogits.t(), hidden);
    for (std::int64_t begin = 0; begin < columns; begin += chunkRows) {
      const std::int64_t length = std::min(chunkRows, columns - begin);
      const at::Tensor chunkIndex = rows.narrow(0, begin, length);
      const at::Tensor chunkGrad = gradLogits.narrow(1, begin, length);  // [N, c]
      if (context->needs_input_grad(0)) {
        const at::Tensor chunk = weight.index_select(0, chunkIndex);
        gradHidden = gradHidden.defined() ? gradHidden.addmm_(chunkGrad, chunk)
                                          : torch::mm(chunkGrad, chunk);
      }
      if (wantWeight && mode == WeightGradient::IntoKeptGradient)
        weight.mutable_grad().index_add_(0, chunkIndex, torch::mm(chunkGrad.t(), hidden));
    }
    if (wantWeight && mode == WeightGradient::SparseRows)
      gradWeight = torch::sparse_coo_tensor(rows.unsqueeze(0), gradRows, weight.sizes());
    if (wantWeight && mode == WeightGradient::Dense)
      gradWeight = torch::zeros_like(weight).index_add_(0, rows, gradRows);
    return {gradHidden, gradWeight, at::Tensor(), at::Tensor(), at::Tensor()};
  }
};

}  // namespace

std::int64_t gatheredRowsPerChunk(const at::Tensor& weight) {
  const std::int64_t rowBytes = weight.size(1) * static_cast<std::int64_t>(weight.element_size());
  return std::max<std::int64_t>(1, kGatheredChunkBytes / std::max<std::int64_t>(rowBytes, 1));
}

at::Tensor gatheredRowsLinear(const at::Tensor& hidden, const at::Tensor& weight,
                              const at::Tensor& rows, WeightGradient weightGradient,
                              std::int64_t chunkRows) {
  if (chunkRows < 0) throw Error("gathered rows linear: chunk size must not be negative");
  if (chunkRows == 0) chunkRows = gatheredRowsPerChunk(weight);
  return GatheredRowsLinear::apply(hidden, weight, rows, static_cast<std::int64_t>(weightGradient),
                                   chunkRows);
}

}  // namespace msl
