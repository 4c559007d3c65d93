#include "ui/stored_user_metrics.h"

#include "common/error.h"
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
  RecommendationQuery query;
  query.run = run;
  query.step = chosen->step;
  query.split = chosen->split;
  std::vector<SampleRank> ranks;
  for (const RecommendationRecord& record : store.recommendations(query)) {
    SampleRank rank;
    rank.sampleIndex = record.sampleIndex;
    rank.userId = record.userId;
    if (record.rank != RecommendationRecord::kMiss)
      rank.rank = static_cast<std::size_t>(record.rank - 1);
    ranks.push_back(rank);
  }
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
