#pragma once
// Constrained beam search evaluations of a run while it trains (RunEvaluationConfig): every N
// optimizer steps on a fixed subset of the validation split, and once at the end on a full
// split. Each one is stored (metrics and per-sample ranks), logged with its duration and
// reported through TrainerObserver::onEvaluation.
//
// A dataset without the validation split (amazon_books has only train and test) is monitored on
// the test split instead, recorded under the name "test" and announced once in the run log:
// those numbers must never be used to pick a checkpoint.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "evaluation/evaluation_result.h"
#include "model/causal_lm.h"
#include "store/experiment_store.h"
#include "runs/run_config.h"
#include "training/trainer_events.h"
#include "trie/text_layer.h"

namespace msl {

class ProcessGroup;

class TrainingEvaluation {
 public:
  using Log = std::function<void(const std::string& level, const std::string& text)>;
  // Returns true when the evaluation should stop (the run is being cancelled).
  using StopCheck = std::function<bool()>;

  // Resolves the splits up front, so that a run configured to evaluate a split the dataset
  // lacks fails before training (msl::Error naming the key and the dataset's splits).
  TrainingEvaluation(const RunConfig& config, const TextLayer& text, Log log);

  bool enabled() const { return config_.everySteps > 0 || finalSplit_.has_value(); }
  // An evaluation is due after `step`, unless the end-of-run evaluation will cover the same
  // split at the same step (`lastStep`): it would replace the subset's records anyway.
  bool dueAfter(std::int64_t step, bool lastStep) const;
  const std::string& monitorSplit() const { return monitorSplit_; }
  const std::optional<std::string>& finalSplit() const { return finalSplit_; }

  // Evaluates `model` (eval mode and no gradient for the duration; training mode afterwards),
  // stores and reports the result. Returns nullopt when `stop` ended it early: nothing is
  // stored then, a partial subset would read as a full one.
  // With a group (data-parallel), every rank evaluates its share of the users and rank 0 gathers,
  // stores and reports the whole evaluation; the other ranks get nullopt.
  std::optional<EvaluationReport> evaluate(CausalLm& model, ExperimentStore& store, RunId run,
                                           std::int64_t step, bool final, TrainerObserver* observer,
                                           const StopCheck& stop, ProcessGroup* group = nullptr);

 private:
  std::string resolveValidSplit(const std::string& key);
  // Rank 0: every rank's share of `wholeList`, scored and in its order; others: their share.
  EvaluationResult gatherShares(EvaluationResult share, const std::vector<std::size_t>& wholeList,
                                ProcessGroup& group) const;

  RunEvaluationConfig config_;
  RunDataConfig data_;
  const TextLayer& text_;
  Log log_;
  std::string monitorSplit_;
  std::optional<std::string> finalSplit_;
  std::vector<std::size_t> subset_;
  bool fallbackAnnounced_ = false;
};

}  // namespace msl
