#pragma once
// One training run as stored: what was trained on what, with which configuration, and how it
// ended. A plain value type: it crosses the core/GUI boundary.
#include <optional>
#include <string>

#include "store/run_status.h"
#include "store/store_types.h"

namespace msl {

// Names a dataset folder or a checkpoint by where it was and what it contained, so that a run
// can tell whether the files at `path` are still the ones it used (see content_hash.h).
struct ContentIdentity {
  std::string path;
  std::string hash;

  bool operator==(const ContentIdentity& other) const {
    return path == other.path && hash == other.hash;
  }
};

struct RunRecord {
  RunId id = 0;  // assigned by ExperimentStore::createRun
  std::string name;
  std::string configJson;
  ContentIdentity dataset;
  ContentIdentity checkpoint;
  std::string lossKind;  // e.g. "lml", "msl", "msl_ats": whatever the trainer ran
  RunStatus status = RunStatus::Created;
  std::string failureMessage;
  UnixMillis createdAt = 0;
  std::optional<UnixMillis> startedAt;
  std::optional<UnixMillis> finishedAt;
  // Last time the owning process reported (each step batch, status change or heartbeat()).
  std::optional<UnixMillis> heartbeatAt;
  // The run this one resumes or extends.
  std::optional<RunId> parentRunId;
};

}  // namespace msl
