#pragma once
// The run a user most naturally compares a trained run with, so that the Recommendations page
// can open Model B beside Model A without a run to look up: the LML baseline of the same data
// for an MSL or MSL+ATS run, and the newest masked-softmax run (MSL+ATS before MSL) for an LML
// run. Only runs the trainer made count (loss.kind of the run config); the classic baselines
// hold no model to load.
#include <optional>
#include <vector>

#include "store/run_record.h"

namespace msl {

// Made by the trainer (not a classic baseline) and past its start without failing: a run whose
// checkpoints a page can load.
bool holdsTrainedWeights(const RunRecord& run);

// nullopt when no other trained run on the same dataset (same content hash, else same folder)
// holdsTrainedWeights.
std::optional<RunId> counterpartRun(const std::vector<RunRecord>& runs, RunId run);

}  // namespace msl
