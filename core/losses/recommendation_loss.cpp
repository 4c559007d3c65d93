#include "losses/recommendation_loss.h"

#include <torch/torch.h>

#include <string>

#include "common/error.h"
#include "losses/invalid_probability_mass.h"
#include "losses/masked_cross_entropy.h"
#include "losses/masked_logits.h"
#include "model/host_read.h"

namespace msl {
namespace {

constexpr int kStateVersion = 1;

}  // namespace

RecommendationLoss::RecommendationLoss(LossConfig config, AtsRows atsRows)
    : config_(config), atsRows_(atsRows), temperature_(config.ats) {
  if (!(config_.temperature > 0)) throw Error("loss: temperature must be positive");
  if (config_.invalidMassEvery < 0) throw Error("loss: invalid-mass interval must be >= 0");
}

LossResult RecommendationLoss::compute(const at::Tensor& hidden, const at::Tensor& weight,
                                       const at::Tensor& bias, const TargetRows& rows,
                                       LossStatsRead read, const BatchShare* share) {
  checkLossInputs(hidden, weight, bias, rows);
  if (rows.size() == 0) throw Error("loss: the batch has no target rows");
  LossResult result;
  LossStats& stats = result.stats;
  stats.kind = config_.kind;
  stats.path = config_.path;
  stats.step = steps_;
  stats.rows = static_cast<std::int64_t>(rows.size());
  stats.singleValidRows = static_cast<std::int64_t>(rows.singleValidCount());
  // A rank's τ-free cross-entropy is its part of the whole batch's mean.
  const std::int64_t wholeBatchRows = share ? share->rows : stats.rows;

  if (config_.kind == LossKind::Lml) {
    // LML has no mask: full-vocabulary logits whatever the path. [N, V]
    at::Tensor logits = torch::matmul(hidden, weight.t());
    if (bias.defined()) logits = logits + bias;
    // The log-sum-exp and τ's statistics in fp32 on a bf16 model, as transformers does.
    logits = atLeastFloat32(logits);
    std::vector<std::int64_t> targets(rows.size());
    for (std::size_t row = 0; row < rows.size(); ++row) targets[row] = rows.target(row);
    const at::Tensor targetColumn =
        torch::tensor(targets, torch::dtype(torch::kInt64)).to(hidden.device());
    stats.tau = config_.temperature;
    stats.logitColumns = weight.size(0);
    result.loss = reduce(maskedCrossEntropyPerRow(logits, at::Tensor(), targetColumn, stats.tau),
                         rows, at::Tensor(), share, stats);
    // The measure LML and MSL runs share; a target outside its valid set (tokenization drift)
    // has none.
    if (!rows.firstRowWithInvalidTarget()) {
      torch::NoGradGuard noGrad;
      const MaskedLogits masked = sparseMaskedLogits(hidden.detach(), weight.detach(),
                                                     bias.defined() ? bias.detach() : bias, rows);
      result.maskedCrossEntropy = maskedCrossEntropyPerRow(atLeastFloat32(masked.logits),
                                                           masked.valid, masked.targetColumn, 1.0)
                                      .to(torch::kFloat64)
                                      .sum() /
                                  static_cast<double>(wholeBatchRows);
    }
  } else {
    rows.checkTargetsValid();
    MaskedLogits logits =
        config_.path == LogitsPath::Sparse
            ? sparseMaskedLogits(hidden, weight, bias, rows, config_.weightGradient)
            : denseMaskedLogits(hidden, weight, bias, rows);
    logits.logits = atLeastFloat32(logits.logits);
    stats.logitColumns = logits.logits.size(1);
    if (config_.kind == LossKind::MslAdaptive) {
      // τ of this step comes from this step's logits (detached), then weights this step's loss,
      // all on the device: the values are read with the step's (below, or by the caller).
      result.ats = temperature_.updateOnDevice(
          measureAtsMoments(logits, rows, atsRows_,
                            share ? share->sumAcrossRanks : SumAcrossRanks{}),
          logits.logits.device());
      const at::Tensor tau = result.ats->tau();
      result.loss =
          reduce(maskedCrossEntropyPerRow(logits.logits, logits.valid, logits.targetColumn, tau),
                 rows, tau, share, stats);
    } else {
      stats.tau = config_.temperature;
      result.loss = reduce(
          maskedCrossEntropyPerRow(logits.logits, logits.valid, logits.targetColumn, stats.tau),
          rows, at::Tensor(), share, stats);
    }
    {
      // τ-free: what the loss would be at τ = 1 over every row, so that runs whose τ moves (ATS
      // raises it, and τ·ℓ with it) still show a curve that falls when the model learns.
      torch::NoGradGuard noGrad;
      result.maskedCrossEntropy =
          maskedCrossEntropyPerRow(logits.logits.detach(), logits.valid, logits.targetColumn, 1.0)
              .to(torch::kFloat64)
              .sum() /
          static_cast<double>(wholeBatchRows);
    }
  }
  if (config_.invalidMassEvery > 0 && steps_ % config_.invalidMassEvery == 0) {
    result.invalidMass = invalidProbabilityMassOnDevice(hidden, weight, bias, rows);
  }
  if (read == LossStatsRead::Now) {
    std::vector<at::Tensor> parts{result.loss.detach().to(torch::kFloat64).reshape({1})};
    if (result.invalidMass.defined()) parts.push_back(result.invalidMass.reshape({1}));
    if (result.ats) parts.push_back(result.ats->values);
    const std::vector<double> host = readToHost(torch::cat(parts));
    stats.loss = host[0];
    if (result.invalidMass.defined()) stats.invalidMass = host[1];
    if (result.ats) {
      settleTemperature(*result.ats, host.data() + (host.size() - kAtsStepValues), stats);
      result.ats.reset();
    }
  }
  ++steps_;
  return result;
}

void RecommendationLoss::settleTemperature(const PendingAtsStep& pending, const double* values,
                                           LossStats& stats) {
  stats.ats = temperature_.settle(pending, values);
  stats.tau = stats.ats->tau;
}

at::Tensor RecommendationLoss::reduce(const at::Tensor& perRow, const TargetRows& rows,
                                      const at::Tensor& tau, const BatchShare* share,
                                      LossStats& stats) const {
  const std::int64_t allRows = share ? share->rows : stats.rows;
  if (config_.kind != LossKind::MslAdaptive) {
    stats.rowsInMean = allRows;
    return share ? perRow.sum() / static_cast<double>(allRows) : perRow.mean();
  }
  std::vector<std::int64_t> kept;
  for (std::size_t row = 0; row < rows.size(); ++row) {
    if (rows.validCount(row) > 1) kept.push_back(static_cast<std::int64_t>(row));
  }
  const std::int64_t severalValid =
      share ? share->severalValidRows : static_cast<std::int64_t>(kept.size());
  stats.rowsInMean = config_.singleValidRows == SingleValidRows::Excluded ? severalValid : allRows;
  const at::Tensor keptIndex = torch::tensor(kept, torch::dtype(torch::kInt64)).to(perRow.device());
  // sum() of no rows is 0 and stays attached to the graph: a batch of only single-valid rows
  // gives loss 0 and zero gradients instead of 0/0.
  const at::Tensor keptSum = perRow.index_select(0, keptIndex).sum();
  const double rowsInMean = static_cast<double>(std::max<std::int64_t>(stats.rowsInMean, 1));
  return keptSum * (tau / rowsInMean).to(keptSum.scalar_type());
}

nlohmann::json RecommendationLoss::state() const {
  return {{"version", kStateVersion}, {"steps", steps_}, {"ats", temperature_.state()}};
}

void RecommendationLoss::restoreState(const nlohmann::json& state) {
  try {
    if (state.at("version").get<int>() != kStateVersion) {
      throw Error("version " + state.at("version").dump() + ", expected " +
                  std::to_string(kStateVersion));
    }
    const auto steps = state.at("steps").get<std::int64_t>();
    if (steps < 0) throw Error("steps must be >= 0");
    temperature_.restoreState(state.at("ats"));
    steps_ = steps;
  } catch (const nlohmann::json::exception& error) {
    throw Error(std::string("restoring the loss state: ") + error.what());
  } catch (const Error&) {
    rethrowWithContext("restoring the loss state");
  }
}

nlohmann::json lossStatsToJson(const LossStats& stats) {
  nlohmann::json json = {{"kind", lossKindName(stats.kind)},
                         {"path", logitsPathName(stats.path)},
                         {"step", stats.step},
                         {"loss", stats.loss},
                         {"tau", stats.tau},
                         {"rows", stats.rows},
                         {"rows_in_mean", stats.rowsInMean},
                         {"single_valid_rows", stats.singleValidRows},
                         {"logit_columns", stats.logitColumns}};
  if (stats.ats) json["ats"] = atsStepToJson(*stats.ats);
  if (stats.invalidMass) json["invalid_mass"] = *stats.invalidMass;
  return json;
}

}  // namespace msl
