// Queries of ExperimentStore (what the GUI polls and the CLI prints).
#include <algorithm>
#include <filesystem>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include "common/error.h"
#include "store/experiment_store.h"
#include "store/sql_values.h"
#include "store/store_errors.h"

namespace msl {
namespace {

// A store damaged after it opened (or by another program) fails as an msl::Error naming it.
template <typename Read>
auto readingStore(const std::string& path, Read&& read) -> decltype(read()) {
  return inStore(path, "cannot read the experiment store", std::forward<Read>(read));
}

constexpr const char* kRunColumns = R"sql(
    id, name, config_json, dataset_path, dataset_hash, checkpoint_path, checkpoint_hash,
    loss_kind, status, failure_message, created_at, started_at, finished_at, parent_run_id,
    heartbeat_at)sql";

// `store` names the file in the error a damaged row gives (a status no workbench writes).
RunRecord readRun(SQLite::Statement& row, const std::string& store) {
  RunRecord run;
  run.id = row.getColumn(0).getInt64();
  run.name = row.getColumn(1).getString();
  run.configJson = row.getColumn(2).getString();
  run.dataset = {row.getColumn(3).getString(), row.getColumn(4).getString()};
  run.checkpoint = {row.getColumn(5).getString(), row.getColumn(6).getString()};
  run.lossKind = row.getColumn(7).getString();
  try {
    run.status = runStatusFromText(row.getColumn(8).getString());
  } catch (const Error& error) {
    throw Error(store + ": run " + std::to_string(run.id) + ": " + error.what() +
                "; the store is damaged or was edited by hand");
  }
  run.failureMessage = row.getColumn(9).getString();
  run.createdAt = row.getColumn(10).getInt64();
  run.startedAt = optionalInteger(row.getColumn(11));
  run.finishedAt = optionalInteger(row.getColumn(12));
  run.parentRunId = optionalInteger(row.getColumn(13));
  run.heartbeatAt = optionalInteger(row.getColumn(14));
  return run;
}

std::optional<UnixMillis> durationOf(const RunRecord& run) {
  if (!run.startedAt) return std::nullopt;
  if (run.finishedAt) return *run.finishedAt - *run.startedAt;
  if (isActive(run.status)) return nowUnixMillis() - *run.startedAt;
  if (run.heartbeatAt) return *run.heartbeatAt - *run.startedAt;
  return std::nullopt;
}

struct NdcgPoint {
  std::string split;
  std::int64_t step;
  double value;
};

void summariseNdcg(const std::vector<NdcgPoint>& points, RunSummary& summary) {
  if (points.empty()) return;
  const bool hasValid = std::any_of(points.begin(), points.end(),
                                    [](const NdcgPoint& p) { return p.split == "valid"; });
  summary.ndcgSplit = hasValid ? "valid" : points.front().split;  // points come sorted by split
  for (const auto& point : points) {
    if (point.split != summary.ndcgSplit) continue;
    if (!summary.bestNdcgAt10 || point.value > *summary.bestNdcgAt10) {
      summary.bestNdcgAt10 = point.value;
    }
    summary.lastNdcgAt10 = point.value;  // points come sorted by step within a split
  }
}

}  // namespace

std::vector<RunSummary> ExperimentStore::listRuns() {
  return readingStore(path_, [&]() -> std::vector<RunSummary> {
    std::vector<RunSummary> summaries;
    SQLite::Statement select(*database_, std::string("SELECT ") + kRunColumns + R"sql(,
        (SELECT max(step) FROM steps WHERE run_id = runs.id),
        (SELECT loss FROM steps WHERE run_id = runs.id ORDER BY step DESC LIMIT 1)
        FROM runs ORDER BY id)sql");
    while (select.executeStep()) {
      RunSummary summary;
      summary.run = readRun(select, path_);
      summary.lastStep = optionalInteger(select.getColumn(15)).value_or(0);
      summary.lastLoss = optionalReal(select.getColumn(16));
      summary.durationMs = durationOf(summary.run);
      summaries.push_back(std::move(summary));
    }
    SQLite::Statement ndcg(*database_, R"sql(
        SELECT split, step, value FROM evaluations
        WHERE run_id = ? AND metric = 'NDCG@10' AND value IS NOT NULL ORDER BY split, step)sql");
    for (auto& summary : summaries) {
      ndcg.bind(1, static_cast<int64_t>(summary.run.id));
      std::vector<NdcgPoint> points;
      while (ndcg.executeStep()) {
        points.push_back({ndcg.getColumn(0).getString(), ndcg.getColumn(1).getInt64(),
                          ndcg.getColumn(2).getDouble()});
      }
      ndcg.reset();
      summariseNdcg(points, summary);
    }
    return summaries;
  });
}

std::optional<RunRecord> ExperimentStore::findRun(RunId run) {
  return readingStore(path_, [&]() -> std::optional<RunRecord> {
    SQLite::Statement select(*database_,
                             std::string("SELECT ") + kRunColumns + " FROM runs WHERE id = ?");
    select.bind(1, static_cast<int64_t>(run));
    if (!select.executeStep()) return std::nullopt;
    return readRun(select, path_);
  });
}

RunRecord ExperimentStore::run(RunId run) {
  auto found = findRun(run);
  if (!found) throw Error(path_ + ": no run with id " + std::to_string(run));
  return *found;
}

std::vector<StepMetrics> ExperimentStore::stepsAfter(RunId run, std::int64_t afterStep,
                                                     std::size_t limit) {
  return readingStore(
      path_, [&]() -> std::vector<StepMetrics> { return readSteps(run, afterStep, limit); });
}

std::vector<StepMetrics> ExperimentStore::readSteps(RunId run, std::int64_t afterStep,
                                                    std::size_t limit) {
  // One read transaction, so that the module names and the steps come from the same snapshot.
  SQLite::Statement begin(*database_, "BEGIN");
  begin.exec();
  std::vector<StepMetrics> steps;
  try {
    const ModuleNormCodec codec = loadModuleNames(run);
    SQLite::Statement select(*database_, R"sql(
        SELECT step, epoch, loss, tau, tau_raw, mu_pos, mu_neg, var_neg, first_position_count,
               grad_norm, learning_rate, tokens_per_second, samples_per_second, invalid_mass,
               wall_time, module_grad_norms, masked_cross_entropy
        FROM steps WHERE run_id = ? AND step > ? ORDER BY step LIMIT ?)sql");
    select.bind(1, static_cast<int64_t>(run));
    select.bind(2, static_cast<int64_t>(afterStep));
    select.bind(3, limit == 0 ? int64_t{-1} : static_cast<int64_t>(limit));
    while (select.executeStep()) {
      StepMetrics step;
      step.run = run;
      step.step = select.getColumn(0).getInt64();
      step.epoch = realOrNaN(select.getColumn(1));
      step.loss = realOrNaN(select.getColumn(2));
      step.tau = realOrNaN(select.getColumn(3));
      step.tauRaw = realOrNaN(select.getColumn(4));
      step.muPos = realOrNaN(select.getColumn(5));
      step.muNeg = realOrNaN(select.getColumn(6));
      step.varNeg = realOrNaN(select.getColumn(7));
      step.firstPositionCount = select.getColumn(8).getInt64();
      step.gradNorm = realOrNaN(select.getColumn(9));
      step.learningRate = realOrNaN(select.getColumn(10));
      step.tokensPerSecond = realOrNaN(select.getColumn(11));
      step.samplesPerSecond = realOrNaN(select.getColumn(12));
      step.invalidMass = realOrNaN(select.getColumn(13));
      step.wallTime = select.getColumn(14).getInt64();
      step.moduleGradNorms = codec.decode(blobBytes(select.getColumn(15)));
      step.maskedCrossEntropy = realOrNaN(select.getColumn(16));
      steps.push_back(std::move(step));
    }
  } catch (...) {
    database_->exec("ROLLBACK");
    throw;
  }
  database_->exec("COMMIT");
  return steps;
}

std::vector<EvaluationMetrics> ExperimentStore::evaluations(RunId run) {
  return readingStore(path_, [&]() -> std::vector<EvaluationMetrics> {
    SQLite::Statement select(*database_, R"sql(
        SELECT step, split, metric, value, samples FROM evaluations
        WHERE run_id = ? ORDER BY step, split, metric)sql");
    select.bind(1, static_cast<int64_t>(run));
    std::vector<EvaluationMetrics> series;
    while (select.executeStep()) {
      const std::int64_t step = select.getColumn(0).getInt64();
      const std::string split = select.getColumn(1).getString();
      if (series.empty() || series.back().step != step || series.back().split != split) {
        series.push_back({run, step, split, {}, select.getColumn(4).getInt64()});
      }
      series.back().metrics[select.getColumn(2).getString()] = realOrNaN(select.getColumn(3));
    }
    return series;
  });
}

std::vector<RecommendationRecord> ExperimentStore::recommendations(
    const RecommendationQuery& query) {
  return readingStore(path_, [&]() -> std::vector<RecommendationRecord> {
    SQLite::Statement select(*database_, R"sql(
        SELECT step, split, sample_index, user_id, target_item, rank, top_items, top_scores
        FROM recommendations
        WHERE run_id = ?1 AND (?2 IS NULL OR step = ?2) AND (?3 IS NULL OR split = ?3)
              AND (?4 IS NULL OR user_id = ?4)
        ORDER BY step, split, sample_index)sql");
    select.bind(1, static_cast<int64_t>(query.run));
    bindOptionalInteger(select, 2, query.step);
    if (query.split) {
      select.bind(3, *query.split);
    } else {
      select.bind(3);
    }
    if (query.userId) {
      select.bind(4, *query.userId);
    } else {
      select.bind(4);
    }
    std::vector<RecommendationRecord> records;
    while (select.executeStep()) {
      RecommendationRecord record;
      record.run = query.run;
      record.step = select.getColumn(0).getInt64();
      record.split = select.getColumn(1).getString();
      record.sampleIndex = select.getColumn(2).getInt64();
      record.userId = select.getColumn(3).getString();
      record.targetItem = select.getColumn(4).getInt64();
      record.rank = select.getColumn(5).getInt64();
      record.topItems = unpackInt64s(blobBytes(select.getColumn(6)));
      record.topScores = unpackDoubles(blobBytes(select.getColumn(7)));
      records.push_back(std::move(record));
    }
    return records;
  });
}

std::vector<CheckpointRecord> ExperimentStore::checkpoints(RunId run) {
  return readingStore(path_, [&]() -> std::vector<CheckpointRecord> {
    SQLite::Statement select(*database_, R"sql(
        SELECT step, epoch, path, kind, bytes, created_at FROM checkpoints
        WHERE run_id = ? ORDER BY step, created_at, id)sql");
    select.bind(1, static_cast<int64_t>(run));
    std::vector<CheckpointRecord> records;
    while (select.executeStep()) {
      records.push_back({run, select.getColumn(0).getInt64(), select.getColumn(1).getDouble(),
                         select.getColumn(2).getString(),
                         checkpointKindFromText(select.getColumn(3).getString()),
                         select.getColumn(4).getInt64(), select.getColumn(5).getInt64()});
    }
    return records;
  });
}

std::optional<CheckpointRecord> ExperimentStore::latestGoodCheckpoint(RunId run) {
  const auto all = checkpoints(run);  // reads the store (and converts its errors) once
  for (auto it = all.rbegin(); it != all.rend(); ++it) {
    std::error_code error;
    if (std::filesystem::exists(it->path, error)) return *it;
  }
  return std::nullopt;
}

std::vector<LogLine> ExperimentStore::logs(RunId run, std::int64_t afterId) {
  return readingStore(path_, [&]() -> std::vector<LogLine> {
    SQLite::Statement select(*database_, R"sql(
        SELECT id, time, level, text FROM logs WHERE run_id = ? AND id > ? ORDER BY id)sql");
    select.bind(1, static_cast<int64_t>(run));
    select.bind(2, static_cast<int64_t>(afterId));
    std::vector<LogLine> lines;
    while (select.executeStep()) {
      lines.push_back({select.getColumn(0).getInt64(), run, select.getColumn(1).getInt64(),
                       select.getColumn(2).getString(), select.getColumn(3).getString()});
    }
    return lines;
  });
}

std::vector<ConfigDifference> ExperimentStore::compareConfigs(RunId left, RunId right) {
  return readingStore(path_, [&]() -> std::vector<ConfigDifference> {
    const RunRecord leftRun = run(left);
    const RunRecord rightRun = run(right);
    try {
      return diffConfigs(leftRun.configJson, rightRun.configJson);
    } catch (const std::exception& e) {
      throw Error(path_ + ": comparing runs " + std::to_string(left) + " and " +
                  std::to_string(right) + ": " + e.what());
    }
  });
}

}  // namespace msl
