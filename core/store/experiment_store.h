#pragma once
// The experiment store: every run, its step metrics, evaluations, recommendations, checkpoints
// and log lines in one SQLite file (schema: docs/experiment-store.md).
//
// Made for one writer (the trainer) and live readers (GUI, CLI) in other connections or
// processes: WAL journal, synchronous=NORMAL and a busy timeout. Step metrics are buffered and
// written in batches (StepFlushPolicy), each batch in one transaction, so a process killed at
// any moment leaves the file consistent and loses at most its last unflushed batch. On open,
// runs left running or paused by a process that no longer exists are marked interrupted.
//
// One ExperimentStore is one connection: use it from one thread at a time, and give each
// thread (GUI poller, training worker) its own.
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "store/checkpoint_record.h"
#include "store/config_diff.h"
#include "store/evaluation_metrics.h"
#include "store/log_line.h"
#include "store/module_norm_codec.h"
#include "store/recommendation_record.h"
#include "store/run_record.h"
#include "store/run_summary.h"
#include "store/step_buffer.h"
#include "store/step_metrics.h"

namespace SQLite {
class Database;
}

namespace msl {

struct ExperimentStoreOptions {
  StepFlushPolicy stepFlush;
  std::chrono::milliseconds busyTimeout{10000};
};

// Selects recommendations; unset fields match everything.
struct RecommendationQuery {
  RunId run = 0;
  std::optional<std::int64_t> step;
  std::optional<std::string> split;
  std::optional<std::string> userId;
};

class ExperimentStore {
 public:
  // Opens or creates the store at `path` (creating its folder) and migrates it to the latest
  // schema. Throws msl::Error naming the file when it is not an experiment store, was created
  // by a newer workbench, or cannot be opened.
  explicit ExperimentStore(const std::string& path, ExperimentStoreOptions options = {});
  // Flushes buffered steps; errors are swallowed here (call flushSteps() to see them).
  ~ExperimentStore();
  ExperimentStore(const ExperimentStore&) = delete;
  ExperimentStore& operator=(const ExperimentStore&) = delete;

  const std::string& path() const { return path_; }
  // Runs this open marked interrupted.
  const std::vector<RunId>& runsInterruptedOnOpen() const { return interruptedOnOpen_; }

  // --- Run life cycle (the trainer) ---
  // Stores `run` with status created (its id, status and createdAt are assigned; a zero
  // createdAt becomes now) and returns the new id.
  RunId createRun(RunRecord run);
  // Running, owned by this process. Also how a paused or interrupted run is resumed.
  void startRun(RunId run);
  // Flushes the run's buffered steps, then marks it paused (still owned by this process).
  void pauseRun(RunId run);
  // Flushes, then records the end: finished, failed (with a message) or cancelled.
  void endRun(RunId run, RunStatus status, const std::string& failureMessage = {});
  // Tells readers the owning process is alive while no steps arrive (a long pause, evaluation).
  void heartbeat(RunId run);
  void renameRun(RunId run, const std::string& name);
  // A model created for the run is written before the run has an id and moved into the run's
  // folder afterwards: the record follows it there (same content, same hash).
  void moveRunCheckpoint(RunId run, const std::string& path);
  // Deletes the run and everything recorded for it. Runs resumed from it keep their data and
  // lose their parent link.
  void deleteRun(RunId run);

  // --- Metrics (the trainer) ---
  // Buffers the step; writes the buffer when the flush policy says so. A step already stored
  // for the run (a resumed run repeating steps after its last checkpoint) is replaced.
  void appendStep(const StepMetrics& step);
  void flushSteps();
  std::size_t bufferedSteps() const { return buffer_.size(); }
  void addEvaluation(const EvaluationMetrics& evaluation);
  void addRecommendations(const std::vector<RecommendationRecord>& recommendations);
  // Removes the evaluation of `split` at `step` with its recommendations, so that a new one on
  // fewer samples leaves no rows of the old one behind.
  void deleteEvaluation(RunId run, std::int64_t step, const std::string& split);
  void addCheckpoint(const CheckpointRecord& checkpoint);
  // Returns the line's id.
  std::int64_t addLog(const LogLine& line);

  // --- Queries (GUI, CLI) ---
  std::vector<RunSummary> listRuns();
  RunRecord run(RunId run);  // throws msl::Error when there is no such run
  std::optional<RunRecord> findRun(RunId run);
  // Steps with a number greater than `afterStep`, in order: poll with the last step seen.
  // limit 0 = all.
  std::vector<StepMetrics> stepsAfter(RunId run, std::int64_t afterStep, std::size_t limit = 0);
  std::vector<EvaluationMetrics> evaluations(RunId run);
  std::vector<RecommendationRecord> recommendations(const RecommendationQuery& query);
  std::vector<CheckpointRecord> checkpoints(RunId run);
  // The latest checkpoint (highest step, then newest) whose path still exists on disk.
  std::optional<CheckpointRecord> latestGoodCheckpoint(RunId run);
  // Log lines with an id greater than `afterId`, in order.
  std::vector<LogLine> logs(RunId run, std::int64_t afterId = 0);
  std::vector<ConfigDifference> compareConfigs(RunId left, RunId right);

  // Marks running/paused runs whose owning process is gone as interrupted; returns their ids.
  // Called on open; callable again (the GUI after a worker crash).
  std::vector<RunId> markInterruptedRuns();
  // PRAGMA integrity_check: "ok" or SQLite's report.
  std::string integrityCheck();

 private:
  void setStatus(RunId run, RunStatus status, const std::string& failureMessage);
  void writeStepBatch(const std::vector<StepMetrics>& steps);
  ModuleNormCodec loadModuleNames(RunId run);
  std::vector<StepMetrics> readSteps(RunId run, std::int64_t afterStep, std::size_t limit);

  std::string path_;
  std::unique_ptr<SQLite::Database> database_;
  StepBuffer buffer_;
  std::map<RunId, ModuleNormCodec> writeCodecs_;
  std::vector<RunId> interruptedOnOpen_;
};

}  // namespace msl
