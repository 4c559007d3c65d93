#pragma once
// A run's latest stored evaluation of one split, with the per-sample ranks it recorded, checked
// to be whole: what `mslw compare` and the Runs page's comparison table pair with another run's.
#include <string>
#include <vector>

#include "metrics/metric_comparison.h"
#include "store/evaluation_metrics.h"
#include "store/experiment_store.h"

namespace msl {

struct StoredEvaluation {
  EvaluationMetrics metrics;
  std::vector<SampleRank> ranks;  // one per evaluated sample
};

// msl::Error names the store, the run and what it does have (the splits evaluated, or the
// command that stores the missing per-sample ranks).
StoredEvaluation latestStoredEvaluation(ExperimentStore& store, RunId run,
                                        const std::string& split);

// Every ranking metric of B against A (compareMetrics); msl::Error naming both runs and their
// sample counts when they evaluated different samples.
std::vector<MetricComparison> compareStoredEvaluations(const StoredEvaluation& a,
                                                       const StoredEvaluation& b);

}  // namespace msl
