#include "model/lora_linear.h"

#include <ATen/ATen.h>
#include <torch/nn/functional/linear.h>
#include <torch/nn/init.h>
#include <torch/utils.h>

#include <cmath>

#include "common/error.h"

namespace msl {

LoraLinearImpl::LoraLinearImpl(std::int64_t in, std::int64_t out, bool withBias,
                               const WeightPlacement& placement) {
  weight = register_parameter("weight", emptyWeight(placement, {out, in}));
  if (withBias) bias = register_parameter("bias", emptyWeight(placement, {out}));
  if (!placement.randomInit) return;
  // torch.nn.Linear's default initialisation; checkpoints and the factory overwrite it.
  torch::NoGradGuard noGrad;
  torch::nn::init::kaiming_uniform_(weight, std::sqrt(5.0));
  if (withBias) {
    const double bound = 1.0 / std::sqrt(static_cast<double>(in));
    bias.uniform_(-bound, bound);
  }
}

torch::Tensor LoraLinearImpl::forward(const torch::Tensor& x) {
  auto y = torch::nn::functional::linear(x, weight, bias);
  if (!hasLora() || merged_) return y;
  const auto input = is_training() && dropout_ > 0 ? torch::dropout(x, dropout_, true) : x;
  // As PEFT does: the adapter computes in its own dtype (fp32 on a bf16 base, so that small
  // updates are not rounded away) and its output joins the base's in the base's dtype.
  const auto delta = lora_B(lora_A(input.to(lora_A->weight.scalar_type()))) * scaling();
  return y + delta.to(y.scalar_type());
}

void LoraLinearImpl::attachLora(std::int64_t rank, double alpha, double dropout) {
  if (hasLora()) throw Error("LoRA: this projection already carries an adapter");
  if (rank <= 0) throw Error("LoRA: r must be positive, got " + std::to_string(rank));
  if (dropout < 0 || dropout >= 1)
    throw Error("LoRA: dropout must lie in [0, 1), got " + std::to_string(dropout));
  rank_ = rank;
  alpha_ = alpha;
  dropout_ = dropout;
  const auto in = weight.size(1);
  const auto out = weight.size(0);
  const auto options = torch::nn::LinearOptions(in, rank).bias(false);
  lora_A = register_module("lora_A", torch::nn::Linear(options));
  lora_B =
      register_module("lora_B", torch::nn::Linear(torch::nn::LinearOptions(rank, out).bias(false)));
  // Trainable, hence fp32 whatever the base's dtype: AdamW's state follows their dtype.
  lora_A->to(weight.device(), torch::kFloat32);
  lora_B->to(weight.device(), torch::kFloat32);
  {
    torch::NoGradGuard noGrad;
    torch::nn::init::kaiming_uniform_(lora_A->weight, std::sqrt(5.0));
    lora_B->weight.zero_();
  }
  weight.set_requires_grad(false);
  if (bias.defined()) bias.set_requires_grad(false);
}

torch::Tensor LoraLinearImpl::loraDelta() const {
  if (!hasLora()) throw Error("LoRA: this projection carries no adapter");
  return torch::matmul(lora_B->weight, lora_A->weight) * scaling();
}

void LoraLinearImpl::merge() {
  if (!hasLora() || merged_) return;
  torch::NoGradGuard noGrad;
  weight.add_(loraDelta().to(weight.scalar_type()));
  merged_ = true;
}

void LoraLinearImpl::unmerge() {
  if (!hasLora() || !merged_) return;
  torch::NoGradGuard noGrad;
  weight.sub_(loraDelta().to(weight.scalar_type()));
  merged_ = false;
}

}  // namespace msl
