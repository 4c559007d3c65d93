#include "runs/run_counterpart.h"

#include <algorithm>
#include <string>

#include "runs/run_config_schema.h"

namespace msl {

namespace {

bool madeByTheTrainer(const RunRecord& run) {
  const std::vector<std::string>& kinds = findRunConfigKey("loss.kind")->allowed;
  return std::find(kinds.begin(), kinds.end(), run.lossKind) != kinds.end();
}

bool sameDataset(const RunRecord& a, const RunRecord& b) {
  if (!a.dataset.hash.empty() && !b.dataset.hash.empty()) return a.dataset.hash == b.dataset.hash;
  return a.dataset.path == b.dataset.path;
}

}  // namespace

bool holdsTrainedWeights(const RunRecord& run) {
  // A failed run may have died before its first checkpoint; a created one has not started.
  return madeByTheTrainer(run) && run.status != RunStatus::Failed &&
         run.status != RunStatus::Created;
}

std::optional<RunId> counterpartRun(const std::vector<RunRecord>& runs, RunId run) {
  const auto self =
      std::find_if(runs.begin(), runs.end(), [run](const RunRecord& r) { return r.id == run; });
  if (self == runs.end()) return std::nullopt;
  const std::vector<std::string> preferred = self->lossKind == "lml"
                                                 ? std::vector<std::string>{"msl_ats", "msl"}
                                                 : std::vector<std::string>{"lml"};
  std::optional<RunId> best;
  std::size_t bestRank = preferred.size() + 1;
  for (const RunRecord& candidate : runs) {
    if (candidate.id == run || !holdsTrainedWeights(candidate) || !sameDataset(candidate, *self))
      continue;
    const auto kind = std::find(preferred.begin(), preferred.end(), candidate.lossKind);
    // Any other trained run of the data beats none; among equals the newest wins.
    const std::size_t rank =
        kind != preferred.end() ? std::size_t(kind - preferred.begin()) : preferred.size();
    if (rank < bestRank || (rank == bestRank && candidate.id > *best)) {
      best = candidate.id;
      bestRank = rank;
    }
  }
  return best;
}

}  // namespace msl
