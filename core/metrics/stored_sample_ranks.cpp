#include "metrics/stored_sample_ranks.h"

namespace msl {

std::vector<SampleRank> storedSampleRanks(ExperimentStore& store, RunId run, std::int64_t step,
                                          const std::string& split) {
  RecommendationQuery query;
  query.run = run;
  query.step = step;
  query.split = split;
  std::vector<SampleRank> ranks;
  for (const RecommendationRecord& record : store.recommendations(query)) {
    SampleRank rank{record.sampleIndex, record.userId, std::nullopt};
    // Stored ranks are 1-based; SampleRank's are 0-based.
    if (record.rank != RecommendationRecord::kMiss)
      rank.rank = static_cast<std::size_t>(record.rank - 1);
    ranks.push_back(rank);
  }
  return ranks;
}

}  // namespace msl
