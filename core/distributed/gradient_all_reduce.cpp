#include "distributed/gradient_all_reduce.h"

#include <ATen/ATen.h>

#include "distributed/process_group.h"

namespace msl {

void allReduceGradients(ProcessGroup& group, const std::vector<at::Tensor>& parameters,
                        std::int64_t bucketBytes) {
  std::vector<at::Tensor> bucket;
  std::int64_t bytes = 0;
  const auto flush = [&] {
    group.allReduceSum(bucket);
    bucket.clear();
    bytes = 0;
  };
  for (const at::Tensor& parameter : parameters) {
    at::Tensor& grad = const_cast<at::Tensor&>(parameter).mutable_grad();
    if (!grad.defined()) grad = at::zeros_like(parameter);
    const std::int64_t size = grad.numel() * static_cast<std::int64_t>(grad.element_size());
    if (!bucket.empty() &&
        (bytes + size > bucketBytes || grad.scalar_type() != bucket.front().scalar_type()))
      flush();
    bucket.push_back(grad);
    bytes += size;
  }
  if (!bucket.empty()) flush();
}

}  // namespace msl
