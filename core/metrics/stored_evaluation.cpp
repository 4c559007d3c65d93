#include "metrics/stored_evaluation.h"

#include "common/error.h"
#include "metrics/stored_sample_ranks.h"

namespace msl {

StoredEvaluation latestStoredEvaluation(ExperimentStore& store, RunId run,
                                        const std::string& split) {
  StoredEvaluation found;
  const std::string where = store.path() + ": run " + std::to_string(run);
  std::string evaluated;
  bool any = false;
  for (const auto& evaluation : store.evaluations(run)) {
    if (evaluation.split == split) {
      found.metrics = evaluation;  // ordered by step: the last one wins
      any = true;
    } else {
      evaluated += (evaluated.empty() ? "" : ", ") + evaluation.split + " at step " +
                   std::to_string(evaluation.step);
    }
  }
  if (!any) {
    throw Error(where + " has no stored evaluation of split '" + split + "' (" +
                (evaluated.empty() ? "no evaluations at all" : "it has: " + evaluated) +
                "); run `mslw eval --run " + std::to_string(run) + " --split " + split +
                " --store " + store.path() + "` first");
  }
  found.ranks = storedSampleRanks(store, run, found.metrics.step, split);
  if (static_cast<std::int64_t>(found.ranks.size()) != found.metrics.samples) {
    throw Error(where + ", split " + split + " at step " + std::to_string(found.metrics.step) +
                ": " + std::to_string(found.ranks.size()) +
                " per-sample ranks stored for an evaluation of " +
                std::to_string(found.metrics.samples) +
                " samples; evaluate it again with `mslw eval --run`");
  }
  return found;
}

std::vector<MetricComparison> compareStoredEvaluations(const StoredEvaluation& a,
                                                       const StoredEvaluation& b) {
  try {
    return compareMetrics(a.ranks, b.ranks);
  } catch (const Error& error) {
    const auto side = [](const StoredEvaluation& evaluation) {
      return "run " + std::to_string(evaluation.metrics.run) + ": " +
             std::to_string(evaluation.ranks.size()) + " at step " +
             std::to_string(evaluation.metrics.step);
    };
    throw Error("runs " + std::to_string(a.metrics.run) + " and " + std::to_string(b.metrics.run) +
                " evaluated different samples of split " + a.metrics.split + " (" + side(a) + ", " +
                side(b) + "); evaluate both on the same samples: " + error.what());
  }
}

}  // namespace msl
