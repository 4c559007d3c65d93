#include "model/host_read.h"

#include <ATen/ATen.h>

#include <atomic>

namespace msl {
namespace {

std::atomic<std::int64_t> reads{0};

}  // namespace

std::vector<double> readToHost(const at::Tensor& tensor) {
  ++reads;
  const at::Tensor host = tensor.detach().reshape({-1}).to(at::kCPU, at::kDouble).contiguous();
  const double* values = host.data_ptr<double>();
  return std::vector<double>(values, values + host.numel());
}

std::int64_t hostReadCount() {
  return reads.load();
}

}  // namespace msl
