#pragma once
// The training engine's loss, independent of the model: given the hidden states at the target
// positions h [N, H] (the last hidden state at the position that predicts each target token),
// the LM-head weight W [V, H] (optional bias [V]) and the batch's TargetRows, computes LML, MSL
// with fixed τ or MSL + ATS (MSL.md) on the sparse or the dense logits path. Holds the ATS state
// and a step counter, both part of a checkpoint.
#include <ATen/core/Tensor.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>

#include "losses/adaptive_temperature.h"
#include "losses/ats_statistics.h"
#include "losses/loss_config.h"
#include "losses/target_rows.h"

namespace msl {

// Plain values for the step report (no tensors, so they cross threads and reach the GUI).
struct LossStats {
  LossKind kind = LossKind::MslAdaptive;
  LogitsPath path = LogitsPath::Sparse;
  std::int64_t step = 0;
  double loss = 0;
  double tau = 1;  // τ the loss used (for MSL + ATS once settled, see LossResult::ats)
  std::int64_t rows = 0;
  std::int64_t rowsInMean = 0;  // the mean's denominator
  std::int64_t singleValidRows = 0;
  std::int64_t logitColumns = 0;      // |U| on the sparse path, V on the dense path and for LML
  std::optional<AtsStep> ats;         // MslAdaptive only
  std::optional<double> invalidMass;  // on sampled steps only
};

struct LossResult {
  at::Tensor loss;         // scalar, for backward()
  at::Tensor invalidMass;  // float64 scalar on the device, on sampled steps
  // The masked cross-entropy at τ = 1, mean over every row (float64 scalar, no gradient): the
  // measure that LML, MSL and MSL + ATS share, and that falls as a model learns whatever τ does.
  at::Tensor maskedCrossEntropy;
  LossStats stats;
  // MSL + ATS with LossStatsRead::ByCaller: this step's τ and statistics, still on the device.
  // The caller reads `values` with the step's other values and passes them, in step order, to
  // RecommendationLoss::settleTemperature, which fills stats.ats and stats.tau.
  std::optional<PendingAtsStep> ats;
};

// Whether compute() reads the loss, the invalid mass and ATS's τ into LossStats (one device sync),
// or leaves them to a caller that reads a whole step's values at once (the trainer).
enum class LossStatsRead { Now, ByCaller };

// A rank's part of a batch split over the ranks of a data-parallel run. The loss is the whole
// batch's: means divide by the whole batch's counts, and the ATS statistics pool every rank's
// rows, so that the ranks' gradients add up to the one-process gradient.
struct BatchShare {
  std::int64_t rows = 0;              // target rows of the whole batch
  std::int64_t severalValidRows = 0;  // of those, rows with more than one valid token
  SumAcrossRanks sumAcrossRanks;
};

class RecommendationLoss {
 public:
  explicit RecommendationLoss(LossConfig config, AtsRows atsRows = AtsRows::FirstPositionFlag);

  // One training step. Throws msl::Error on mismatched shapes or, for MSL, on a target outside
  // its valid set (naming row, token and sample).
  // With a share, `rows` are this rank's part of the batch the share describes.
  LossResult compute(const at::Tensor& hidden, const at::Tensor& weight, const at::Tensor& bias,
                     const TargetRows& rows, LossStatsRead read = LossStatsRead::Now,
                     const BatchShare* share = nullptr);

  // A ByCaller step's ATS values once read: the AtsStep and τ go into `stats`.
  void settleTemperature(const PendingAtsStep& pending, const double* values, LossStats& stats);

  const LossConfig& config() const { return config_; }
  const AdaptiveTemperature& temperature() const { return temperature_; }
  std::int64_t steps() const { return steps_; }

  nlohmann::json state() const;  // {version, steps, ats}
  void restoreState(const nlohmann::json& state);

 private:
  // tau: ATS's scalar on the device, which weighs the mean; undefined for the other losses.
  at::Tensor reduce(const at::Tensor& perRow, const TargetRows& rows, const at::Tensor& tau,
                    const BatchShare* share, LossStats& stats) const;

  LossConfig config_;
  AtsRows atsRows_;
  AdaptiveTemperature temperature_;
  std::int64_t steps_ = 0;
};

nlohmann::json lossStatsToJson(const LossStats& stats);

}  // namespace msl
