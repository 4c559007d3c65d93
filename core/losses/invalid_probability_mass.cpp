#include "losses/invalid_probability_mass.h"

#include <torch/torch.h>

#include <algorithm>
#include <limits>

#include "common/error.h"
#include "losses/masked_logits.h"
#include "model/host_read.h"

namespace msl {

at::Tensor invalidProbabilityMassOnDevice(const at::Tensor& hidden, const at::Tensor& weight,
                                          const at::Tensor& bias, const TargetRows& rows,
                                          std::int64_t vocabularyChunk) {
  if (vocabularyChunk <= 0) throw Error("invalid probability mass: chunk size must be positive");
  if (rows.size() == 0) return torch::zeros({}, hidden.options().dtype(torch::kFloat64));
  torch::NoGradGuard noGrad;
  const at::Tensor h = hidden.detach();
  const at::Tensor w = weight.detach();
  const at::Tensor b = bias.defined() ? bias.detach() : bias;
  const MaskedLogits sparse = sparseMaskedLogits(h, w, b, rows);
  const at::Tensor validLogSumExp = torch::logsumexp(
      atLeastFloat32(sparse.logits)
          .masked_fill(sparse.valid.logical_not(), -std::numeric_limits<double>::infinity()),
      {1});                  // [N]
  at::Tensor fullLogSumExp;  // [N], accumulated over vocabulary chunks
  const std::int64_t vocabulary = w.size(0);
  for (std::int64_t begin = 0; begin < vocabulary; begin += vocabularyChunk) {
    const std::int64_t length = std::min(vocabularyChunk, vocabulary - begin);
    at::Tensor chunk = torch::matmul(h, w.narrow(0, begin, length).t());  // [N, chunk]
    if (b.defined()) chunk = chunk + b.narrow(0, begin, length);
    const at::Tensor chunkLogSumExp = torch::logsumexp(atLeastFloat32(chunk), {1});
    fullLogSumExp =
        fullLogSumExp.defined() ? torch::logaddexp(fullLogSumExp, chunkLogSumExp) : chunkLogSumExp;
  }
  // 1 − exp(a − b) via expm1 keeps precision when almost all mass is valid.
  const at::Tensor invalid =
      (-torch::expm1(validLogSumExp.to(torch::kFloat64) - fullLogSumExp.to(torch::kFloat64)))
          .clamp(0.0, 1.0);
  return invalid.mean();
}

double invalidProbabilityMass(const at::Tensor& hidden, const at::Tensor& weight,
                              const at::Tensor& bias, const TargetRows& rows,
                              std::int64_t vocabularyChunk) {
  return readToHost(invalidProbabilityMassOnDevice(hidden, weight, bias, rows, vocabularyChunk))
      .front();
}

}  // namespace msl
