#pragma once
// The per-sample ranks an evaluation stored (ExperimentStore::recommendations), as the ranking
// metrics take them: what `mslw compare` and the Runs page's per-user table both read.
#include <cstdint>
#include <string>
#include <vector>

#include "metrics/ranking_metrics.h"
#include "store/experiment_store.h"

namespace msl {

std::vector<SampleRank> storedSampleRanks(ExperimentStore& store, RunId run, std::int64_t step,
                                          const std::string& split);

}  // namespace msl
