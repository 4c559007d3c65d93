#include "evaluation/evaluation_result.h"

namespace msl {

std::vector<SampleRank> EvaluationResult::ranks() const {
  std::vector<SampleRank> ranks;
  ranks.reserve(samples.size());
  for (const SampleRecommendations& sample : samples)
    ranks.push_back({sample.sampleIndex, sample.userId, sample.rank});
  return ranks;
}

}  // namespace msl
