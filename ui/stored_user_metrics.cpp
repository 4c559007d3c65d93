#include "ui/stored_user_metrics.h"

#include "common/error.h"
#include "metrics/stored_sample_ranks.h"
#include "store/experiment_store.h"

namespace msl {
namespace ui {

namespace {

int splitPreference(const std::string& split) {
  if (split == "test") return 0;
  if (split == "valid") return 1;
  return 2;
}

}  // namespace

StoredUserMetrics readStoredUserMetrics(const std::string& storePath, RunId run,
                                        std::optional<std::int64_t> step) {
  ExperimentStore store(storePath);
  std::optional<EvaluationMetrics> chosen;
  for (const EvaluationMetrics& evaluation : store.evaluations(run)) {
    if (step && evaluation.step != *step) continue;
    const bool better = !chosen || evaluation.step > chosen->step ||
                        (evaluation.step == chosen->step &&
                         splitPreference(evaluation.split) < splitPreference(chosen->split));
    if (better) chosen = evaluation;
  }
  if (!chosen)
    throw Error("store " + storePath + ": run " + std::to_string(run) + " has no evaluation" +
                (step ? " at step " + std::to_string(*step) : std::string()));
  const std::vector<SampleRank> ranks = storedSampleRanks(store, run, chosen->step, chosen->split);
  if (ranks.empty())
    throw Error("store " + storePath + ": run " + std::to_string(run) + " step " +
                std::to_string(chosen->step) + " (" + chosen->split +
                ") stored metrics but no per-sample top-K lists");
  StoredUserMetrics result;
  result.run = run;
  result.step = chosen->step;
  result.split = chosen->split;
  result.samples = ranks.size();
  result.users = perUserMetrics(ranks);
  return result;
}

}  // namespace ui
}  // namespace msl
