#include "losses/ats_statistics.h"

#include <torch/torch.h>

#include <string>

#include "common/error.h"
#include "model/host_read.h"

namespace msl {

std::optional<AtsStatistics> measureAtsStatistics(const MaskedLogits& logits,
                                                  const TargetRows& rows, AtsRows selection) {
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
  AtsStatistics statistics;
  statistics.values = validLogits.numel();
  // τ of this step weighs this step's loss, so the three moments are read now, in one go.
  const at::Tensor variance = statistics.values > 1
                                  ? validLogits.var(/*unbiased=*/kAtsSampleVariance)
                                  : torch::zeros({}, validLogits.options());
  const std::vector<double> moments =
      readToHost(torch::stack({positive.mean(), validLogits.mean(), variance}));
  statistics.muPos = moments[0];
  statistics.muNeg = moments[1];
  statistics.varNeg = moments[2];
  statistics.firstTokenCount = n;
  statistics.firstRows = static_cast<std::int64_t>(selected.size());
  return statistics;
}

}  // namespace msl
