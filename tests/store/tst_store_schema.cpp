// Schema creation, migration from a hand-built version 1 store, and the errors for files that
// are not (or not yet) stores this workbench can read.
#include <QTemporaryDir>
#include <QtTest>

#include <SQLiteCpp/Database.h>

#include "common/error.h"
#include "error_of.h"
#include "store/experiment_store.h"
#include "store/schema_migrations.h"

namespace {

// The version 1 schema as it shipped, written out here rather than taken from the migration
// list, so that a later edit of migration 1 cannot make this test pass by accident.
const char* const kHandWrittenVersion1 = R"sql(
CREATE TABLE runs (id INTEGER PRIMARY KEY, name TEXT NOT NULL, config_json TEXT NOT NULL,
  dataset_path TEXT NOT NULL DEFAULT '', dataset_hash TEXT NOT NULL DEFAULT '',
  checkpoint_path TEXT NOT NULL DEFAULT '', checkpoint_hash TEXT NOT NULL DEFAULT '',
  loss_kind TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, failure_message TEXT NOT NULL
  DEFAULT '', created_at INTEGER NOT NULL, started_at INTEGER, finished_at INTEGER,
  parent_run_id INTEGER REFERENCES runs (id) ON DELETE SET NULL);
CREATE TABLE run_modules (run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  module_index INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (run_id, module_index))
  WITHOUT ROWID;
CREATE TABLE steps (run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  step INTEGER NOT NULL, epoch REAL, loss REAL, tau REAL, tau_raw REAL, mu_pos REAL,
  mu_neg REAL, var_neg REAL, first_position_count INTEGER NOT NULL DEFAULT 0, grad_norm REAL,
  learning_rate REAL, tokens_per_second REAL, samples_per_second REAL, invalid_mass REAL,
  wall_time INTEGER NOT NULL, module_grad_norms BLOB, PRIMARY KEY (run_id, step)) WITHOUT ROWID;
CREATE TABLE evaluations (run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  step INTEGER NOT NULL, split TEXT NOT NULL, metric TEXT NOT NULL, value REAL,
  samples INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (run_id, step, split, metric)) WITHOUT ROWID;
CREATE TABLE checkpoints (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs (id)
  ON DELETE CASCADE, step INTEGER NOT NULL, epoch REAL NOT NULL, path TEXT NOT NULL,
  kind TEXT NOT NULL, bytes INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL);
CREATE INDEX checkpoints_by_run ON checkpoints (run_id, step);
CREATE TABLE logs (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs (id)
  ON DELETE CASCADE, time INTEGER NOT NULL, level TEXT NOT NULL, text TEXT NOT NULL);
INSERT INTO runs (id, name, config_json, loss_kind, status, created_at, started_at, finished_at)
  VALUES (1, 'old finished', '{"lr":0.0001}', 'msl', 'finished', 1000, 2000, 9000),
         (2, 'old running', '{"lr":0.0002}', 'lml', 'running', 3000, 4000, NULL);
INSERT INTO steps (run_id, step, loss, wall_time) VALUES (1, 1, 2.5, 2100), (1, 2, 2.25, 2200);
INSERT INTO evaluations VALUES (1, 2, 'valid', 'NDCG@10', 0.125, 100);
PRAGMA application_id = 1297304663;
PRAGMA user_version = 1;
)sql";

}  // namespace

class TestStoreSchema : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void newStoreHasLatestSchemaInWalMode() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("nested/folder/experiments.sqlite").toStdString();
    { msl::ExperimentStore store(path); }
    SQLite::Database raw(path);
    QCOMPARE(raw.execAndGet("PRAGMA user_version").getInt(), msl::latestSchemaVersion());
    QCOMPARE(raw.execAndGet("PRAGMA application_id").getInt(), msl::kExperimentStoreApplicationId);
    QCOMPARE(raw.execAndGet("PRAGMA journal_mode").getString(), std::string("wal"));
    for (const char* table : {"runs", "run_modules", "steps", "evaluations", "recommendations",
                              "checkpoints", "logs"}) {
      QVERIFY2(raw.tableExists(table), table);
    }
  }

  void reopeningKeepsData() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("store.sqlite").toStdString();
    msl::RunId id = 0;
    {
      msl::ExperimentStore store(path);
      msl::RunRecord run;
      run.name = "kept";
      run.configJson = "{}";
      id = store.createRun(run);
    }
    msl::ExperimentStore again(path);
    QCOMPARE(again.run(id).name, std::string("kept"));
    QCOMPARE(again.listRuns().size(), std::size_t{1});
  }

  void migratesHandBuiltVersion1() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("v1.sqlite").toStdString();
    {
      SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      raw.exec(kHandWrittenVersion1);
    }
    msl::ExperimentStore store(path);
    {
      SQLite::Database raw(path);
      QCOMPARE(raw.execAndGet("PRAGMA user_version").getInt(), msl::latestSchemaVersion());
    }
    QCOMPARE(store.integrityCheck(), std::string("ok"));
    // Old data is intact and readable through the current API.
    const msl::RunRecord old = store.run(1);
    QCOMPARE(old.name, std::string("old finished"));
    QCOMPARE(old.status, msl::RunStatus::Finished);
    QCOMPARE(*old.finishedAt, msl::UnixMillis{9000});
    QVERIFY(!old.heartbeatAt.has_value());
    const auto steps = store.stepsAfter(1, 0);
    QCOMPARE(steps.size(), std::size_t{2});
    QCOMPARE(steps[1].loss, 2.25);
    QVERIFY(std::isnan(steps[1].tau));
    // Steps stored before version 3 did not measure the τ-free loss; new ones keep it.
    QVERIFY(std::isnan(steps[1].maskedCrossEntropy));
    msl::StepMetrics next;
    next.run = 1;
    next.step = 3;
    next.loss = 2.0;
    next.maskedCrossEntropy = 4.5;
    store.appendStep(next);
    store.flushSteps();
    QCOMPARE(store.stepsAfter(1, 2).at(0).maskedCrossEntropy, 4.5);
    const auto summaries = store.listRuns();
    QCOMPARE(summaries.size(), std::size_t{2});
    QCOMPARE(*summaries[0].bestNdcgAt10, 0.125);
    // A version 1 store cannot say which process owned a running run: it was interrupted.
    QCOMPARE(store.run(2).status, msl::RunStatus::Interrupted);
    QCOMPARE(store.runsInterruptedOnOpen(), std::vector<msl::RunId>{2});
    // Tables added by later migrations work.
    msl::RecommendationRecord recommendation;
    recommendation.run = 1;
    recommendation.step = 2;
    recommendation.split = "valid";
    recommendation.userId = "u1";
    recommendation.topItems = {7};
    recommendation.topScores = {-0.5};
    store.addRecommendations({recommendation});
    QCOMPARE(store.recommendations({1, 2, std::nullopt, std::nullopt}).size(), std::size_t{1});
  }

  void aDamagedRunStatusNamesTheStoreAndTheRun() {
    // Found by fuzzing (fuzz_experiment_store): a status no workbench writes, which the CHECK
    // constraint keeps out unless the file was damaged or edited with the check off.
    QTemporaryDir dir;
    const std::string path = dir.filePath("damaged.sqlite").toStdString();
    {
      msl::ExperimentStore store(path);
      msl::RunRecord run;
      run.name = "damaged";
      run.configJson = "{}";
      store.createRun(run);
    }
    {
      SQLite::Database raw(path, SQLite::OPEN_READWRITE);
      raw.exec("PRAGMA ignore_check_constraints = 1");
      raw.exec("UPDATE runs SET status = '' WHERE id = 1");
    }
    msl::ExperimentStore store(path);
    for (const auto& read :
         std::vector<std::function<void()>>{[&] { store.listRuns(); }, [&] { store.run(1); }}) {
      const std::string error = errorOf(read).toStdString();
      QVERIFY2(error.find(path + ": run 1: unknown run status ''") != std::string::npos,
               error.c_str());
    }
  }

  void newerSchemaIsRefused() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("future.sqlite").toStdString();
    { msl::ExperimentStore store(path); }
    {
      SQLite::Database raw(path, SQLite::OPEN_READWRITE);
      raw.exec("PRAGMA user_version = " + std::to_string(msl::latestSchemaVersion() + 1));
    }
    const std::string message = errorOf([&] { msl::ExperimentStore store(path); }).toStdString();
    QVERIFY2(message.find(path) != std::string::npos, message.c_str());
    QVERIFY2(message.find("created by a newer workbench") != std::string::npos, message.c_str());
  }

  void fileThatIsNotADatabaseIsRefused() {
    QTemporaryDir dir;
    const QString path = dir.filePath("notes.sqlite");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("these are plain notes, not a database\n").repeated(200));
    file.close();
    const std::string message =
        errorOf([&] { msl::ExperimentStore store(path.toStdString()); }).toStdString();
    QVERIFY2(message.find(path.toStdString()) != std::string::npos, message.c_str());
    QVERIFY2(message.find("not an SQLite database") != std::string::npos, message.c_str());
  }

  void otherProgramsDatabaseIsRefused() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("other.sqlite").toStdString();
    {
      SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      raw.exec("CREATE TABLE contacts (name TEXT)");
    }
    const std::string message = errorOf([&] { msl::ExperimentStore store(path); }).toStdString();
    QVERIFY2(message.find("not an MSL Workbench experiment store") != std::string::npos,
             message.c_str());
    SQLite::Database raw(path);
    QVERIFY2(!raw.tableExists("runs"), "a foreign database must be left untouched");
  }
};

QTEST_GUILESS_MAIN(TestStoreSchema)
#include "tst_store_schema.moc"
