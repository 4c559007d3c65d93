// Opening, run life cycle and writes of ExperimentStore; queries are in
// experiment_store_queries.cpp.
#include "store/experiment_store.h"

#include <chrono>
#include <filesystem>
#include <thread>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include "common/error.h"
#include "store/process_identity.h"
#include "store/schema_migrations.h"
#include "store/sql_values.h"
#include "store/store_errors.h"

namespace msl {
namespace {

std::unique_ptr<SQLite::Database> openDatabase(const std::string& path,
                                               const ExperimentStoreOptions& options) {
  const auto folder = std::filesystem::path(path).parent_path();
  std::error_code ignored;
  if (!folder.empty()) std::filesystem::create_directories(folder, ignored);
  auto database =
      std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE,
                                         static_cast<int>(options.busyTimeout.count()));
  // The first statement reads the header: a file that is not SQLite fails here.
  database->exec("PRAGMA foreign_keys = ON");
  return database;
}

// Switching a new store into WAL takes an exclusive lock that SQLite does not wait for: a
// connection that opens the store while another one creates it waits here instead.
std::string switchToWal(SQLite::Database& database, std::chrono::milliseconds busyTimeout) {
  const auto deadline = std::chrono::steady_clock::now() + busyTimeout;
  for (;;) {
    try {
      return database.execAndGet("PRAGMA journal_mode = WAL").getString();
    } catch (const SQLite::Exception& e) {
      if ((e.getErrorCode() & 0xff) != SQLITE_BUSY || std::chrono::steady_clock::now() > deadline)
        throw;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  }
}

// After the schema check, so that a foreign database is left exactly as it was.
void enableConcurrentAccess(SQLite::Database& database, std::chrono::milliseconds busyTimeout) {
  // WAL lets readers (GUI) see committed batches while the writer (trainer) appends; NORMAL
  // keeps every commit atomic across a process kill (only a power loss may drop the last
  // commits) without an fsync per batch.
  const std::string journal = switchToWal(database, busyTimeout);
  if (journal != "wal") {
    throw Error("the file system does not support WAL (journal mode stays '" + journal + "')");
  }
  database.exec("PRAGMA synchronous = NORMAL");
}

}  // namespace

ExperimentStore::ExperimentStore(const std::string& path, ExperimentStoreOptions options)
    : path_(path), buffer_(options.stepFlush) {
  try {
    database_ = openDatabase(path, options);
    migrateSchema(*database_, path);
    enableConcurrentAccess(*database_, options.busyTimeout);
    interruptedOnOpen_ = markInterruptedRuns();
  } catch (const SQLite::Exception& e) {
    if ((e.getErrorCode() & 0xff) == SQLITE_FULL)
      throw DiskFull(path + ": disk full: cannot open the experiment store: " + e.what());
    if (e.getErrorCode() == SQLITE_NOTADB) {
      throw Error(path +
                  ": not an MSL Workbench experiment store (the file is not an SQLite "
                  "database)");
    }
    throw Error(path + ": cannot open the experiment store: " + e.what());
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    throw Error(path + ": cannot open the experiment store: " + e.what());
  }
}

ExperimentStore::~ExperimentStore() {
  try {
    flushSteps();
  } catch (const std::exception&) {
    // Destructors must not throw; callers who care call flushSteps() themselves.
  }
}

RunId ExperimentStore::createRun(RunRecord run) {
  if (run.createdAt == 0) run.createdAt = nowUnixMillis();
  SQLite::Statement insert(*database_, R"sql(
      INSERT INTO runs (name, config_json, dataset_path, dataset_hash, checkpoint_path,
                        checkpoint_hash, loss_kind, status, failure_message, created_at,
                        parent_run_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, 'created', '', ?, ?))sql");
  insert.bind(1, run.name);
  insert.bind(2, run.configJson);
  insert.bind(3, run.dataset.path);
  insert.bind(4, run.dataset.hash);
  insert.bind(5, run.checkpoint.path);
  insert.bind(6, run.checkpoint.hash);
  insert.bind(7, run.lossKind);
  insert.bind(8, static_cast<int64_t>(run.createdAt));
  bindOptionalInteger(insert, 9, run.parentRunId);
  inStore(path_, "cannot create run '" + run.name + "'", [&] { insert.exec(); });
  return database_->getLastInsertRowid();
}

void ExperimentStore::startRun(RunId run) {
  inStore(path_, "cannot start run " + std::to_string(run), [&] {
    const ProcessIdentity self = currentProcessIdentity();
    const UnixMillis now = nowUnixMillis();
    SQLite::Statement update(*database_, R"sql(
        UPDATE runs SET status = 'running', failure_message = '', finished_at = NULL,
                        started_at = coalesce(started_at, ?1), owner_host = ?2, owner_pid = ?3,
                        owner_start_ticks = ?4, heartbeat_at = ?1
        WHERE id = ?5)sql");
    update.bind(1, static_cast<int64_t>(now));
    update.bind(2, self.host);
    update.bind(3, static_cast<int64_t>(self.pid));
    update.bind(4, static_cast<int64_t>(self.startTicks));
    update.bind(5, static_cast<int64_t>(run));
    if (update.exec() == 0) throw Error(path_ + ": no run " + std::to_string(run) + " to start");
  });
}

void ExperimentStore::pauseRun(RunId run) {
  flushSteps();
  setStatus(run, RunStatus::Paused, "");
}

void ExperimentStore::endRun(RunId run, RunStatus status, const std::string& failureMessage) {
  if (!isTerminal(status)) {
    throw Error(path_ + ": run " + std::to_string(run) + " cannot end as '" + toText(status) +
                "' (expected finished, failed or cancelled)");
  }
  flushSteps();
  setStatus(run, status, failureMessage);
}

void ExperimentStore::setStatus(RunId run, RunStatus status, const std::string& failureMessage) {
  inStore(path_, "cannot mark run " + std::to_string(run) + " " + toText(status), [&] {
    const UnixMillis now = nowUnixMillis();
    SQLite::Statement update(*database_, R"sql(
        UPDATE runs SET status = ?1, failure_message = ?2, heartbeat_at = ?3,
                        finished_at = CASE WHEN ?4 THEN ?3 ELSE finished_at END
        WHERE id = ?5)sql");
    update.bind(1, toText(status));
    update.bind(2, failureMessage);
    update.bind(3, static_cast<int64_t>(now));
    update.bind(4, isTerminal(status) ? 1 : 0);
    update.bind(5, static_cast<int64_t>(run));
    if (update.exec() == 0) {
      throw Error(path_ + ": no run " + std::to_string(run) + " to mark " + toText(status));
    }
  });
}

void ExperimentStore::heartbeat(RunId run) {
  inStore(path_, "cannot record the heartbeat of run " + std::to_string(run), [&] {
    SQLite::Statement update(*database_, "UPDATE runs SET heartbeat_at = ? WHERE id = ?");
    update.bind(1, static_cast<int64_t>(nowUnixMillis()));
    update.bind(2, static_cast<int64_t>(run));
    update.exec();
  });
}

void ExperimentStore::renameRun(RunId run, const std::string& name) {
  inStore(path_, "cannot rename run " + std::to_string(run), [&] {
    SQLite::Statement update(*database_, "UPDATE runs SET name = ? WHERE id = ?");
    update.bind(1, name);
    update.bind(2, static_cast<int64_t>(run));
    if (update.exec() == 0) throw Error(path_ + ": no run " + std::to_string(run) + " to rename");
  });
}

void ExperimentStore::moveRunCheckpoint(RunId run, const std::string& path) {
  inStore(path_, "cannot update run " + std::to_string(run), [&] {
    SQLite::Statement update(*database_, "UPDATE runs SET checkpoint_path = ? WHERE id = ?");
    update.bind(1, path);
    update.bind(2, static_cast<int64_t>(run));
    if (update.exec() == 0) throw Error(path_ + ": no run " + std::to_string(run) + " to update");
  });
}

void ExperimentStore::deleteRun(RunId run) {
  // Steps of this run still in the buffer would fail their foreign key at the next flush.
  std::vector<StepMetrics> kept;
  for (auto& step : buffer_.take()) {
    if (step.run != run) kept.push_back(std::move(step));
  }
  for (auto& step : kept) buffer_.add(std::move(step));
  writeCodecs_.erase(run);
  SQLite::Statement remove(*database_, "DELETE FROM runs WHERE id = ?");
  remove.bind(1, static_cast<int64_t>(run));
  if (remove.exec() == 0) throw Error(path_ + ": no run " + std::to_string(run) + " to delete");
}

void ExperimentStore::appendStep(const StepMetrics& step) {
  if (buffer_.add(step)) flushSteps();
}

void ExperimentStore::flushSteps() {
  if (buffer_.empty()) return;
  const std::vector<StepMetrics> batch = buffer_.take();
  try {
    writeStepBatch(batch);
  } catch (const std::exception& e) {
    // The codecs may hold names whose insert was rolled back: reload them next time. The batch
    // goes back to the buffer, so that the same flush saves it once the cause (a full disk, a
    // writer holding the lock past the timeout) is gone.
    writeCodecs_.clear();
    for (const auto& step : batch) buffer_.add(step);
    throwStoreError(path_,
                    "writing " + std::to_string(batch.size()) + " step metrics (steps " +
                        std::to_string(batch.front().step) + " to " +
                        std::to_string(batch.back().step) + ") failed",
                    e);
  }
}

void ExperimentStore::writeStepBatch(const std::vector<StepMetrics>& steps) {
  SQLite::Transaction transaction(*database_, SQLite::TransactionBehavior::IMMEDIATE);
  SQLite::Statement insertStep(*database_, R"sql(
      INSERT OR REPLACE INTO steps (run_id, step, epoch, loss, tau, tau_raw, mu_pos, mu_neg,
          var_neg, first_position_count, grad_norm, learning_rate, tokens_per_second,
          samples_per_second, invalid_mass, wall_time, module_grad_norms, masked_cross_entropy)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))sql");
  SQLite::Statement insertModule(
      *database_, "INSERT INTO run_modules (run_id, module_index, name) VALUES (?, ?, ?)");
  std::map<RunId, bool> touchedRuns;
  for (const auto& step : steps) {
    auto codec = writeCodecs_.find(step.run);
    if (codec == writeCodecs_.end()) {
      codec = writeCodecs_.emplace(step.run, loadModuleNames(step.run)).first;
    }
    const std::string norms = codec->second.encode(step.moduleGradNorms);
    const std::vector<std::string> newNames = codec->second.takeNewNames();
    const std::size_t firstNewIndex = codec->second.names().size() - newNames.size();
    for (std::size_t i = 0; i < newNames.size(); ++i) {
      insertModule.bind(1, static_cast<int64_t>(step.run));
      insertModule.bind(2, static_cast<int64_t>(firstNewIndex + i));
      insertModule.bind(3, newNames[i]);
      insertModule.exec();
      insertModule.reset();
    }
    insertStep.bind(1, static_cast<int64_t>(step.run));
    insertStep.bind(2, static_cast<int64_t>(step.step));
    bindReal(insertStep, 3, step.epoch);
    bindReal(insertStep, 4, step.loss);
    bindReal(insertStep, 5, step.tau);
    bindReal(insertStep, 6, step.tauRaw);
    bindReal(insertStep, 7, step.muPos);
    bindReal(insertStep, 8, step.muNeg);
    bindReal(insertStep, 9, step.varNeg);
    insertStep.bind(10, static_cast<int64_t>(step.firstPositionCount));
    bindReal(insertStep, 11, step.gradNorm);
    bindReal(insertStep, 12, step.learningRate);
    bindReal(insertStep, 13, step.tokensPerSecond);
    bindReal(insertStep, 14, step.samplesPerSecond);
    bindReal(insertStep, 15, step.invalidMass);
    insertStep.bind(16, static_cast<int64_t>(step.wallTime));
    if (norms.empty()) {
      insertStep.bind(17);
    } else {
      bindBlob(insertStep, 17, norms);
    }
    bindReal(insertStep, 18, step.maskedCrossEntropy);
    insertStep.exec();
    insertStep.reset();
    touchedRuns[step.run] = true;
  }
  SQLite::Statement beat(*database_, "UPDATE runs SET heartbeat_at = ? WHERE id = ?");
  for (const auto& [run, touched] : touchedRuns) {
    beat.bind(1, static_cast<int64_t>(nowUnixMillis()));
    beat.bind(2, static_cast<int64_t>(run));
    beat.exec();
    beat.reset();
  }
  transaction.commit();
}

ModuleNormCodec ExperimentStore::loadModuleNames(RunId run) {
  SQLite::Statement select(*database_,
                           "SELECT name FROM run_modules WHERE run_id = ? ORDER BY module_index");
  select.bind(1, static_cast<int64_t>(run));
  std::vector<std::string> names;
  while (select.executeStep()) names.push_back(select.getColumn(0).getString());
  return ModuleNormCodec(std::move(names));
}

void ExperimentStore::addEvaluation(const EvaluationMetrics& evaluation) {
  inStore(path_, "cannot record the evaluation of run " + std::to_string(evaluation.run), [&] {
    SQLite::Transaction transaction(*database_, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement insert(*database_, R"sql(
        INSERT OR REPLACE INTO evaluations (run_id, step, split, metric, value, samples)
        VALUES (?, ?, ?, ?, ?, ?))sql");
    for (const auto& [metric, value] : evaluation.metrics) {
      insert.bind(1, static_cast<int64_t>(evaluation.run));
      insert.bind(2, static_cast<int64_t>(evaluation.step));
      insert.bind(3, evaluation.split);
      insert.bind(4, metric);
      bindReal(insert, 5, value);
      insert.bind(6, static_cast<int64_t>(evaluation.samples));
      insert.exec();
      insert.reset();
    }
    transaction.commit();
  });
}

void ExperimentStore::deleteEvaluation(RunId run, std::int64_t step, const std::string& split) {
  inStore(path_, "cannot delete an evaluation of run " + std::to_string(run), [&] {
    SQLite::Transaction transaction(*database_, SQLite::TransactionBehavior::IMMEDIATE);
    for (const char* table : {"evaluations", "recommendations"}) {
      SQLite::Statement remove(*database_, std::string("DELETE FROM ") + table +
                                               " WHERE run_id = ? AND step = ? AND split = ?");
      remove.bind(1, static_cast<int64_t>(run));
      remove.bind(2, static_cast<int64_t>(step));
      remove.bind(3, split);
      remove.exec();
    }
    transaction.commit();
  });
}

void ExperimentStore::addRecommendations(const std::vector<RecommendationRecord>& recommendations) {
  inStore(path_, "cannot record recommendations", [&] {
    SQLite::Transaction transaction(*database_, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement insert(*database_, R"sql(
        INSERT OR REPLACE INTO recommendations (run_id, step, split, sample_index, user_id,
            target_item, rank, top_items, top_scores)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))sql");
    for (const auto& record : recommendations) {
      if (record.topItems.size() != record.topScores.size()) {
        throw Error(path_ + ": recommendation for sample " + std::to_string(record.sampleIndex) +
                    " has " + std::to_string(record.topItems.size()) + " items but " +
                    std::to_string(record.topScores.size()) + " scores (expected one per item)");
      }
      insert.bind(1, static_cast<int64_t>(record.run));
      insert.bind(2, static_cast<int64_t>(record.step));
      insert.bind(3, record.split);
      insert.bind(4, static_cast<int64_t>(record.sampleIndex));
      insert.bind(5, record.userId);
      insert.bind(6, static_cast<int64_t>(record.targetItem));
      insert.bind(7, static_cast<int64_t>(record.rank));
      bindBlob(insert, 8, packInt64s(record.topItems));
      bindBlob(insert, 9, packDoubles(record.topScores));
      insert.exec();
      insert.reset();
    }
    transaction.commit();
  });
}

void ExperimentStore::addCheckpoint(const CheckpointRecord& checkpoint) {
  inStore(path_, "cannot record the checkpoint of step " + std::to_string(checkpoint.step), [&] {
    SQLite::Statement insert(*database_, R"sql(
        INSERT INTO checkpoints (run_id, step, epoch, path, kind, bytes, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?))sql");
    insert.bind(1, static_cast<int64_t>(checkpoint.run));
    insert.bind(2, static_cast<int64_t>(checkpoint.step));
    insert.bind(3, checkpoint.epoch);
    insert.bind(4, checkpoint.path);
    insert.bind(5, toText(checkpoint.kind));
    insert.bind(6, static_cast<int64_t>(checkpoint.bytes));
    insert.bind(7, static_cast<int64_t>(checkpoint.createdAt == 0 ? nowUnixMillis()
                                                                  : checkpoint.createdAt));
    insert.exec();
  });
}

std::int64_t ExperimentStore::addLog(const LogLine& line) {
  return inStore(path_, "cannot record a log line", [&] {
    SQLite::Statement insert(*database_,
                             "INSERT INTO logs (run_id, time, level, text) VALUES (?, ?, ?, ?)");
    insert.bind(1, static_cast<int64_t>(line.run));
    insert.bind(2, static_cast<int64_t>(line.time == 0 ? nowUnixMillis() : line.time));
    insert.bind(3, line.level);
    insert.bind(4, line.text);
    insert.exec();
    return database_->getLastInsertRowid();
  });
}

std::vector<RunId> ExperimentStore::markInterruptedRuns() {
  struct Candidate {
    RunId id;
    std::optional<ProcessIdentity> owner;
  };
  std::vector<Candidate> candidates;
  SQLite::Statement select(*database_, R"sql(
      SELECT id, owner_host, owner_pid, owner_start_ticks FROM runs
      WHERE status IN ('running', 'paused'))sql");
  while (select.executeStep()) {
    Candidate candidate{select.getColumn(0).getInt64(), std::nullopt};
    if (!select.getColumn(2).isNull()) {
      candidate.owner =
          ProcessIdentity{select.getColumn(1).getString(), select.getColumn(2).getInt64(),
                          select.getColumn(3).getInt64()};
    }
    candidates.push_back(candidate);
  }
  std::vector<RunId> interrupted;
  for (const auto& candidate : candidates) {
    std::string why = "the process that ran it is unknown (stored by schema version 1)";
    if (candidate.owner) {
      const auto alive = isProcessAlive(*candidate.owner);
      if (!alive.has_value() || *alive) continue;  // alive, or on another host: not ours to judge
      why = "process " + std::to_string(candidate.owner->pid) + " on " + candidate.owner->host +
            " stopped without ending the run";
    }
    // The status test repeats the selection so that a run its owner ended meanwhile stays.
    SQLite::Statement update(*database_, R"sql(
        UPDATE runs SET status = 'interrupted', failure_message = ?
        WHERE id = ? AND status IN ('running', 'paused'))sql");
    update.bind(1, "interrupted: " + why + "; resumable from its latest checkpoint");
    update.bind(2, static_cast<int64_t>(candidate.id));
    if (update.exec() > 0) interrupted.push_back(candidate.id);
  }
  return interrupted;
}

std::string ExperimentStore::integrityCheck() {
  std::string report;
  try {
    SQLite::Statement check(*database_, "PRAGMA integrity_check");
    while (check.executeStep()) {
      if (!report.empty()) report += "\n";
      report += check.getColumn(0).getString();
    }
  } catch (const SQLite::Exception& e) {
    // A store damaged beyond what the check can walk: that is its report.
    if (!report.empty()) report += "\n";
    report += e.what();
  }
  return report;
}

}  // namespace msl
