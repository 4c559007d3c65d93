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
                            bool sparseWeightGradient, std::int64_t chunkRows) {
    context->save_for_backward({hidden, weight, rows});
    context->saved_data["sparse"] = sparseWeightGradient;
    context->saved_data["chunk"] = chunkRows;
    const std::int64_t columns = rows.size(0);
    at::Tensor logits = torch::empty({hidden.size(0), columns}, hidden.options());  // [N, K]
    for (std::int64_t begin = 0; begin < columns; begin += chunkRows) {
      const std::int64_t length = std::min(chunkRows, columns - begin);
      const at::Tensor chunk = weight.index_select(0, rows.narrow(0, begin, length));  // [c, H]
      logits.narrow(1, begin, length).copy_(torch::matmul(hidden, chunk.t()));
    }
    return logits;
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* context,
                                                 torch::autograd::variable_list gradients) {
    const auto saved = context->get_saved_variables();
    const at::Tensor& hidden = saved[0];                      // [N, H]
    const at::Tensor& weight = saved[1];                      // [V, H]
    const at::Tensor& rows = saved[2];                        // [K]
    const at::Tensor gradLogits = gradients[0].contiguous();  // [N, K]
    const std::int64_t chunkRows = context->saved_data["chunk"].toInt();
    at::Tensor gradHidden, gradWeight;
    if (context->needs_input_grad(0)) {
      gradHidden = torch::zeros_like(hidden);
      for (std::int64_t begin = 0; begin < rows.size(0); begin += chunkRows) {
        const std::int64_t length = std::min(chunkRows, rows.size(0) - begin);
        gradHidden.addmm_(gradLogits.narrow(1, begin, length),
                          weight.index_select(0, rows.narrow(0, begin, length)));
      }
    }
    if (context->needs_input_grad(1)) {
      const at::Tensor gradRows = torch::matmul(gradLogits.t(), hidden);  // [K, H]
      gradWeight = context->saved_data["sparse"].toBool()
                       ? torch::sparse_coo_tensor(rows.unsqueeze(0), gradRows, weight.sizes())
                       : torch::zeros_like(weight).index_add_(0, rows, gradRows);
    }
    return {gradHidden, gradWeight, at::Tensor(), at::Tensor(), at::Tensor()};
  }
};

}  // namespace

at::Tensor gatheredRowsLinear(const at::Tensor& hidden, const at::Tensor& weight,
                              const at::Tensor& rows, bool sparseWeightGradient,
                              std::int64_t chunkRows) {
  if (chunkRows <= 0) throw Error("gathered rows linear: chunk size must be positive");
  return GatheredRowsLinear::apply(hidden, weight, rows, sparseWeightGradient, chunkRows);
}

}  // namespace msl
