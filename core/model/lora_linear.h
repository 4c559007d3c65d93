#pragma once
// A linear projection (x W^T + b) that can carry a LoRA adapter, as PEFT's lora.Linear does:
// y = x W^T + b + scaling * B(A(dropout(x))), A [r, in], B [out, r], scaling = alpha / r.
// Parameter names follow Hugging Face and PEFT: "weight", "bias", "lora_A.weight",
// "lora_B.weight", so that a model's named_parameters() are checkpoint and adapter names.
#include <torch/nn/module.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>

#include <cstdint>

#include "model/weight_placement.h"

namespace msl {

class LoraLinearImpl : public torch::nn::Module {
 public:
  LoraLinearImpl(std::int64_t in, std::int64_t out, bool bias,
                 const WeightPlacement& placement = {});
  torch::Tensor forward(const torch::Tensor& x);  // [..., in] -> [..., out]

  // Adds lora_A (kaiming-uniform, a = sqrt(5), like PEFT) and lora_B (zeros) on the weight's
  // device and dtype; the base weight and bias stop requiring gradients.
  void attachLora(std::int64_t rank, double alpha, double dropout);
  bool hasLora() const { return static_cast<bool>(lora_A); }
  std::int64_t rank() const { return rank_; }
  double alpha() const { return alpha_; }
  double dropout() const { return dropout_; }
  double scaling() const { return alpha_ / static_cast<double>(rank_); }

  // W += scaling B A (forward then skips the adapter branch); unmerge subtracts it again.
  void merge();
  void unmerge();
  bool merged() const { return merged_; }
  torch::Tensor loraDelta() const;  // scaling B A, [out, in]

  torch::Tensor weight;  // [out, in]
  torch::Tensor bias;    // [out] or undefined
  torch::nn::Linear lora_A{nullptr}, lora_B{nullptr};

 private:
  std::int64_t rank_ = 0;
  double alpha_ = 0;
  double dropout_ = 0;
  bool merged_ = false;
};
TORCH_MODULE(LoraLinear);

}  // namespace msl
