#include "store/schema_migrations.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include "common/error.h"

namespace msl {
namespace {

const char* const kVersion1 = R"sql(
CREATE TABLE runs (
  id               INTEGER PRIMARY KEY,
  name             TEXT    NOT NULL,
  config_json      TEXT    NOT NULL,
  dataset_path     TEXT    NOT NULL DEFAULT '',
  dataset_hash     TEXT    NOT NULL DEFAULT '',
  checkpoint_path  TEXT    NOT NULL DEFAULT '',
  checkpoint_hash  TEXT    NOT NULL DEFAULT '',
  loss_kind        TEXT    NOT NULL DEFAULT '',
  status           TEXT    NOT NULL CHECK (status IN ('created', 'running', 'paused', 'finished',
                                                      'failed', 'cancelled', 'interrupted')),
  failure_message  TEXT    NOT NULL DEFAULT '',
  created_at       INTEGER NOT NULL,
  started_at       INTEGER,
  finished_at      INTEGER,
  parent_run_id    INTEGER REFERENCES runs (id) ON DELETE SET NULL
);
CREATE TABLE run_modules (
  run_id        INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  module_index  INTEGER NOT NULL,
  name          TEXT    NOT NULL,
  PRIMARY KEY (run_id, module_index)
) WITHOUT ROWID;
CREATE TABLE steps (
  run_id                INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  step                  INTEGER NOT NULL,
  epoch                 REAL,
  loss                  REAL,
  tau                   REAL,
  tau_raw               REAL,
  mu_pos                REAL,
  mu_neg                REAL,
  var_neg               REAL,
  first_position_count  INTEGER NOT NULL DEFAULT 0,
  grad_norm             REAL,
  learning_rate         REAL,
  tokens_per_second     REAL,
  samples_per_second    REAL,
  invalid_mass          REAL,
  wall_time             INTEGER NOT NULL,
  module_grad_norms     BLOB,
  PRIMARY KEY (run_id, step)
) WITHOUT ROWID;
CREATE TABLE evaluations (
  run_id   INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  step     INTEGER NOT NULL,
  split    TEXT    NOT NULL,
  metric   TEXT    NOT NULL,
  value    REAL,
  samples  INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (run_id, step, split, metric)
) WITHOUT ROWID;
CREATE TABLE checkpoints (
  id          INTEGER PRIMARY KEY,
  run_id      INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  step        INTEGER NOT NULL,
  epoch       REAL    NOT NULL,
  path        TEXT    NOT NULL,
  kind        TEXT    NOT NULL CHECK (kind IN ('step', 'epoch', 'final', 'best')),
  bytes       INTEGER NOT NULL DEFAULT 0,
  created_at  INTEGER NOT NULL
);
CREATE INDEX checkpoints_by_run ON checkpoints (run_id, step);
CREATE TABLE logs (
  id      INTEGER PRIMARY KEY,
  run_id  INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  time    INTEGER NOT NULL,
  level   TEXT    NOT NULL,
  text    TEXT    NOT NULL
);
)sql";

const char* const kVersion2 = R"sql(
CREATE TABLE recommendations (
  run_id        INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  step          INTEGER NOT NULL,
  split         TEXT    NOT NULL,
  sample_index  INTEGER NOT NULL,
  user_id       TEXT    NOT NULL,
  target_item   INTEGER NOT NULL,
  rank          INTEGER NOT NULL,
  top_items     BLOB    NOT NULL,
  top_scores    BLOB    NOT NULL,
  PRIMARY KEY (run_id, step, split, sample_index)
) WITHOUT ROWID;
CREATE INDEX recommendations_by_user ON recommendations (run_id, user_id, step);
ALTER TABLE runs ADD COLUMN owner_host TEXT;
ALTER TABLE runs ADD COLUMN owner_pid INTEGER;
ALTER TABLE runs ADD COLUMN owner_start_ticks INTEGER;
ALTER TABLE runs ADD COLUMN heartbeat_at INTEGER;
CREATE INDEX logs_by_run ON logs (run_id, id);
)sql";

// Version 3: the τ-free loss, the measure runs of different loss kinds and temperatures share.
// Steps stored before it have NULL: not measured.
const char* const kVersion3 = R"sql(
ALTER TABLE steps ADD COLUMN masked_cross_entropy REAL;
)sql";

int readPragmaInt(SQLite::Database& database, const char* pragma) {
  return database.execAndGet(std::string("PRAGMA ") + pragma).getInt();
}

void checkIsExperimentStore(SQLite::Database& database, const std::string& path, int version) {
  const int applicationId = readPragmaInt(database, "application_id");
  if (applicationId == kExperimentStoreApplicationId) return;
  const bool hasTables =
      database.execAndGet("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
          .getInt() > 0;
  if (applicationId == 0 && version == 0 && !hasTables) return;  // a new, empty database
  throw Error(path +
              ": not an MSL Workbench experiment store (an SQLite database of another "
              "program: application_id " +
              std::to_string(applicationId) + ", expected " +
              std::to_string(kExperimentStoreApplicationId) + ")");
}

}  // namespace

const std::vector<SchemaMigration>& schemaMigrations() {
  static const std::vector<SchemaMigration> migrations{
      {1, "runs, step metrics, evaluations, checkpoints and logs", kVersion1},
      {2,
       "per-sample recommendations; owning process and heartbeat of a run, to mark runs whose "
       "process died as interrupted",
       kVersion2},
      {3, "the masked cross-entropy at tau = 1 of every step", kVersion3},
  };
  return migrations;
}

int latestSchemaVersion() {
  return schemaMigrations().back().version;
}

void migrateSchema(SQLite::Database& database, const std::string& path) {
  int version = 0;
  {
    // One snapshot: a store that another connection is creating right now reads as empty or
    // as migrated, never as tables without the application id that is written after them.
    SQLite::Transaction snapshot(database, SQLite::TransactionBehavior::DEFERRED);
    version = readPragmaInt(database, "user_version");
    checkIsExperimentStore(database, path, version);
    snapshot.commit();
  }
  if (version > latestSchemaVersion()) {
    throw Error(path + ": experiment store schema version " + std::to_string(version) +
                " was created by a newer workbench (this one reads versions up to " +
                std::to_string(latestSchemaVersion()) + "); update MSL Workbench");
  }
  for (const auto& migration : schemaMigrations()) {
    if (migration.version <= version) continue;
    try {
      SQLite::Transaction transaction(database, SQLite::TransactionBehavior::IMMEDIATE);
      // Another process may have migrated while this one waited for the write lock.
      if (readPragmaInt(database, "user_version") >= migration.version) continue;
      database.exec(migration.sql);
      database.exec("PRAGMA application_id = " + std::to_string(kExperimentStoreApplicationId));
      database.exec("PRAGMA user_version = " + std::to_string(migration.version));
      transaction.commit();
    } catch (const std::exception& e) {
      throw Error(path + ": migrating the experiment store to schema version " +
                  std::to_string(migration.version) + " (" + migration.description +
                  ") failed: " + e.what());
    }
  }
}

}  // namespace msl
