#pragma once
// Writes an evaluation into the experiment store: its metric map and every sample's top-K list.
#include <cstdint>

#include "evaluation/evaluation_result.h"
#include "store/experiment_store.h"

namespace msl {

// Each entry of a list becomes one item in RecommendationRecord::topItems: the target item
// itself when the entry is the target's title (evaluation is by title text), else the title's
// lowest item id. The record's rank is 1-based, kMiss for a miss. An evaluation stored before
// for the same run, step and split is replaced as a whole.
void storeEvaluation(ExperimentStore& store, RunId run, std::int64_t step,
                     const EvaluationResult& result);

}  // namespace msl
