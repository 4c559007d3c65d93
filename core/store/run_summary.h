#pragma once
// One row of the runs table (GUI) and `mslw runs list`: the run and the figures people sort by.
#include <cstdint>
#include <optional>
#include <string>

#include "store/run_record.h"

namespace msl {

struct RunSummary {
  RunRecord run;
  std::int64_t lastStep = 0;  // 0 = no step recorded
  std::optional<double> lastLoss;
  // NDCG@10 of the run's periodic evaluations: the "valid" split when the run has one, else the
  // first split in alphabetical order that has NDCG@10.
  std::string ndcgSplit;
  std::optional<double> bestNdcgAt10;
  std::optional<double> lastNdcgAt10;
  // From start to finish, or to the last heartbeat while a run is active or was interrupted.
  std::optional<UnixMillis> durationMs;
};

}  // namespace msl
