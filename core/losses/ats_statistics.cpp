#include "losses/ats_statistics.h"

#include <torch/torch.h>

#include <string>

#include "common/error.h"

namespace msl {

std::optional<AtsMoments> measureAtsMoments(const MaskedLogits& logits, const TargetRows& rows,
                                            AtsRows selection,
                                            const SumAcrossRanks& sumAcrossRanks) {
  std::int64_t n = 0;
  for (std::size_t row = 0; row < rows.size(); ++row) {
    if (!rows.isFirstPosition(row)) continue;
    const auto count = static_cast<std::int64_t>(rows.validCount(row));
    if (n != 0 && count != n) {
      throw Error("ATS: first-position row " + std::to_string(row) + " of sample " +
                  std::to_string(rows.sample(row)) + " has " + std::to_string(count) +
                  " valid tokens, other first positions have " + std::to_string(n));
    }
    n = count;
  }
  if (n == 0) return std::nullopt;
  std::vector<std::int64_t> selected;
  for (std::size_t row = 0; row < rows.size(); ++row) {
    const bool chosen = selection == AtsRows::FirstPositionFlag
                            ? rows.isFirstPosition(row)
                            : static_cast<std::int64_t>(rows.validCount(row)) == n;
    if (chosen) selected.push_back(static_cast<std::int64_t>(row));
  }
  torch::NoGradGuard noGrad;
  const at::Device device = logits.logits.device();
  const at::Tensor index = torch::tensor(selected, torch::dtype(torch::kInt64)).to(device);
  // Double precision: σ²⁻ subtracts nearly equal sums when logits are large.
  const at::Tensor z = logits.logits.detach().index_select(0, index).to(torch::kFloat64);  // [F, K]
  const at::Tensor valid = logits.valid.index_select(0, index);                            // [F, K]
  const at::Tensor positive = z.gather(1, logits.targetColumn.index_select(0, index).unsqueeze(1));
  const at::Tensor validLogits = z.masked_select(valid);  // [F·n]
  // Sums and counts, which add over ranks; centred on this rank's mean so that the squares do not
  // cancel (Chan et al.'s pairwise update combines the centred sums of the parts).
  const at::Tensor count = torch::full({}, static_cast<double>(validLogits.numel()), z.options());
  const at::Tensor localMean = validLogits.mean();
  const at::Tensor centred = (validLogits - localMean).pow(2).sum();
  at::Tensor sums = torch::stack(
      {positive.sum(), torch::full({}, static_cast<double>(positive.numel()), z.options()),
       validLogits.sum(), count, centred, count * localMean.pow(2)});
  if (sumAcrossRanks) sumAcrossRanks(sums);
  // On the device: τ of this step weighs this step's loss, and the step reads back once, later.
  const at::Tensor muNeg = sums[2] / sums[3];
  // Σ(x - μ)² over all ranks = Σ_r [centred_r + count_r·mean_r²] - count·μ².
  const at::Tensor squares = (sums[4] + sums[5] - sums[3] * muNeg * muNeg).clamp_min(0.0);
  const at::Tensor dof = sums[3] - (kAtsSampleVariance ? 1.0 : 0.0);
  const at::Tensor varNeg =
      torch::where(sums[3] > 1.0, squares / dof.clamp_min(1.0), torch::zeros_like(squares));
  return AtsMoments{torch::stack({sums[0] / sums[1], muNeg, varNeg, sums[1]}), n};
}

}  // namespace msl
