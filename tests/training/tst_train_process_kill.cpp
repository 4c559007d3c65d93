// A real `mslw train` process killed with SIGKILL mid-run: the store stays consistent (integrity
// check, contiguous steps, run marked interrupted), a complete checkpoint survives, and the run
// resumes from it to the end.
#include <QtTest/QtTest>

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli_process.h"
#include "store/experiment_store.h"

namespace fs = std::filesystem;

namespace {

std::size_t lineCount(const fs::path& file) {
  std::ifstream in(file);
  std::size_t lines = 0;
  for (std::string line; std::getline(in, line);) lines += line.empty() ? 0 : 1;
  return lines;
}

void writeConfig(const fs::path& file, const fs::path& data, const fs::path& runs,
                 std::int64_t maxSteps) {
  const nlohmann::json config = {
      {"preset", "quick-cpu"},
      {"name", "killed run"},
      {"output_dir", runs.string()},
      {"data", {{"dir", data.string()}}},
      {"training", {{"max_steps", maxSteps}, {"checkpoint_every", 4}, {"batch_size", 8}}}};
  std::ofstream(file) << config.dump(2);
}

}  // namespace

class TestTrainProcessKill : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void killedRunStaysConsistentAndResumes() {
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const fs::path root = scratch.path().toStdString();
    writeCliTestDataset(root / "data");
    const fs::path config = root / "run.json";
    const fs::path store = root / "store.sqlite";
    const fs::path steps = root / "steps.jsonl";
    writeConfig(config, root / "data", root / "runs", 100000);

    QProcess train;
    train.start(MSLW_BINARY, {"train", "--config", QString::fromStdString(config.string()),
                              "--store", QString::fromStdString(store.string()), "--jsonl",
                              QString::fromStdString(steps.string()), "--json"});
    QVERIFY(train.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(lineCount(steps) >= 10, 240000);
    train.kill();  // SIGKILL: no handler, no flush
    QVERIFY(train.waitForFinished());
    const std::size_t reported = lineCount(steps);

    {
      SQLite::Database raw(store.string(), SQLite::OPEN_READONLY);
      QCOMPARE(raw.execAndGet("PRAGMA integrity_check").getString(), std::string("ok"));
    }
    msl::ExperimentStore experiments(store.string());  // marks runs of dead processes
    const auto runs = experiments.listRuns();
    QCOMPARE(runs.size(), std::size_t(1));
    const msl::RunId run = runs.front().run.id;
    QCOMPARE(experiments.run(run).status, msl::RunStatus::Interrupted);
    const auto stored = experiments.stepsAfter(run, 0);
    // At most the last unflushed step batch is lost (the store flushes every 50 steps or 2 s).
    QVERIFY(stored.size() <= reported);
    QVERIFY2(reported - stored.size() <= 50,
             qPrintable(QString("%1 reported, %2 stored").arg(reported).arg(stored.size())));
    for (std::size_t i = 0; i < stored.size(); ++i) {
      QCOMPARE(stored[i].step, static_cast<std::int64_t>(i + 1));
    }
    const auto checkpoint = experiments.latestGoodCheckpoint(run);
    QVERIFY(checkpoint.has_value());
    QVERIFY(fs::exists(fs::path(checkpoint->path) / "trainer_state.json"));

    // Resume to a near end: the interrupted run finishes from its checkpoint.
    const std::int64_t end = checkpoint->step + 3;
    writeConfig(config, root / "data", root / "runs", end);
    QProcess resume;
    resume.start(MSLW_BINARY, {"train", "--config", QString::fromStdString(config.string()),
                               "--store", QString::fromStdString(store.string()), "--resume",
                               QString::number(run), "--json"});
    QVERIFY(resume.waitForFinished(240000));
    QVERIFY2(resume.exitCode() == 0, resume.readAllStandardError().constData());
    msl::ExperimentStore after(store.string());
    QCOMPARE(after.run(run).status, msl::RunStatus::Finished);
    const auto all = after.stepsAfter(run, 0);
    QCOMPARE(all.back().step, end);
  }
};

QTEST_GUILESS_MAIN(TestTrainProcessKill)
#include "tst_train_process_kill.moc"
