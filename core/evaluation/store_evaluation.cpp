#include "evaluation/store_evaluation.h"

namespace msl {

void storeEvaluation(ExperimentStore& store, RunId run, std::int64_t step,
                     const EvaluationResult& result) {
  EvaluationMetrics metrics;
  metrics.run = run;
  metrics.step = step;
  metrics.split = result.split;
  metrics.metrics = result.metrics;
  metrics.samples = static_cast<std::int64_t>(result.samples.size());
  store.deleteEvaluation(run, step, result.split);
  store.addEvaluation(metrics);
  std::vector<RecommendationRecord> records;
  records.reserve(result.samples.size());
  for (const SampleRecommendations& sample : result.samples) {
    RecommendationRecord record;
    record.run = run;
    record.step = step;
    record.split = result.split;
    record.sampleIndex = sample.sampleIndex;
    record.userId = sample.userId;
    record.targetItem = sample.targetItem;
    record.rank =
        sample.rank ? static_cast<std::int64_t>(*sample.rank) + 1 : RecommendationRecord::kMiss;
    for (std::size_t i = 0; i < sample.titles.size(); ++i) {
      const bool isTarget = sample.rank && *sample.rank == i;
      record.topItems.push_back(isTarget ? sample.targetItem : sample.titles[i].items.front());
      record.topScores.push_back(sample.titles[i].score);
    }
    records.push_back(std::move(record));
  }
  store.addRecommendations(records);
}

}  // namespace msl
