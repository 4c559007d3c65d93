// Two writers on one store: a real `mslw train` process, then `mslw eval --run`, write the store
// that this process (standing in for the GUI) writes at the same time, with write transactions
// held long enough that the CLI must wait for the lock. Nothing is lost or written twice, no
// "database is locked" reaches the user, the live run of this process is not taken for a dead
// one, and the run list (what the Runs page shows) holds both runs.
#include <QtTest/QtTest>

#include <SQLiteCpp/SQLiteCpp.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "cli_process.h"
#include "store/experiment_store.h"

namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kCliSteps = 30;

// This process's writes while `process` runs: one step per transaction, and every tenth step
// an open write transaction held for 300 ms (a long GUI write), so that the other writer meets
// a locked database. Returns the steps written.
std::int64_t writeWhileRunning(QProcess& process, msl::ExperimentStore& store, msl::RunId run,
                               const std::string& path, std::int64_t firstStep) {
  std::int64_t step = firstStep;
  while (process.state() != QProcess::NotRunning) {
    msl::StepMetrics metrics;
    metrics.run = run;
    metrics.step = step;
    metrics.loss = 1.0 / static_cast<double>(step);
    metrics.wallTime = static_cast<double>(step);
    store.appendStep(metrics);
    if (step % 10 == 0) {
      SQLite::Database holder(path, SQLite::OPEN_READWRITE);
      holder.setBusyTimeout(10000);
      SQLite::Transaction open(holder, SQLite::TransactionBehavior::IMMEDIATE);
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
      open.commit();
    }
    ++step;
    process.waitForFinished(20);
  }
  return step - firstStep;
}

void checkContiguous(const std::vector<msl::StepMetrics>& steps, std::int64_t count,
                     const char* who) {
  QVERIFY2(
      static_cast<std::int64_t>(steps.size()) == count,
      qPrintable(QString("%1: %2 steps stored, %3 written").arg(who).arg(steps.size()).arg(count)));
  for (std::size_t i = 0; i < steps.size(); ++i)
    QVERIFY2(steps[i].step == static_cast<std::int64_t>(i + 1),
             qPrintable(QString("%1: step %2 at position %3").arg(who).arg(steps[i].step).arg(i)));
}

}  // namespace

class TestTwoWriters : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void cliAndThisProcessWriteOneStore() {
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const fs::path root = scratch.path().toStdString();
    writeCliTestDataset(root / "data");
    const fs::path config = root / "run.json";
    const std::string store = (root / "store.sqlite").string();
    std::ofstream(config) << nlohmann::json{
        {"preset", "quick-cpu"},
        {"name", "cli run"},
        {"data", {{"dir", (root / "data").string()}}},
        {"training", {{"max_steps", kCliSteps}, {"checkpoint_every", 15}, {"batch_size", 8}}},
        {"evaluation",
         {{"every_steps", 15},
          {"subset", 8},
          {"at_end", "off"}}}}.dump(2);

    msl::ExperimentStoreOptions options;
    options.stepFlush.maxSteps = 1;  // a write transaction per step
    msl::ExperimentStore gui(store, options);
    msl::RunRecord record;
    record.name = "gui run";
    const msl::RunId guiRun = gui.createRun(record);
    gui.startRun(guiRun);

    QProcess train;
    train.start(MSLW_BINARY, {"train", "--config", QString::fromStdString(config.string()),
                              "--store", QString::fromStdString(store), "--json"});
    QVERIFY(train.waitForStarted());
    std::int64_t written = writeWhileRunning(train, gui, guiRun, store, 1);
    const QByteArray trainErrors = train.readAllStandardError();
    QVERIFY2(train.exitStatus() == QProcess::NormalExit && train.exitCode() == 0,
             trainErrors.constData());
    QVERIFY2(!trainErrors.toLower().contains("locked"), trainErrors.constData());

    const auto runs = gui.listRuns();
    QCOMPARE(runs.size(), std::size_t(2));
    msl::RunId cliRun = 0;
    for (const auto& summary : runs)
      if (summary.run.name == "cli run") cliRun = summary.run.id;
    QVERIFY(cliRun != 0 && cliRun != guiRun);
    QCOMPARE(gui.run(cliRun).status, msl::RunStatus::Finished);
    // The CLI opened the store while this process's run was live: it must not call it dead.
    QCOMPARE(gui.run(guiRun).status, msl::RunStatus::Running);

    QProcess eval;
    eval.start(MSLW_BINARY, {"eval", "--run", QString::number(cliRun), "--store",
                             QString::fromStdString(store), "--limit", "8", "--json"});
    QVERIFY(eval.waitForStarted());
    written += writeWhileRunning(eval, gui, guiRun, store, written + 1);
    const QByteArray evalErrors = eval.readAllStandardError();
    QVERIFY2(eval.exitStatus() == QProcess::NormalExit && eval.exitCode() == 0,
             evalErrors.constData());
    QVERIFY2(!evalErrors.toLower().contains("locked"), evalErrors.constData());
    gui.endRun(guiRun, msl::RunStatus::Finished);

    qInfo("this process wrote %lld steps while the CLI ran", static_cast<long long>(written));
    QVERIFY(written > 10);  // the writes did overlap the CLI's
    checkContiguous(gui.stepsAfter(cliRun, 0), kCliSteps, "cli run");
    checkContiguous(gui.stepsAfter(guiRun, 0), written, "gui run");
    // Training evaluated at step 15 and 30 on the subset; `mslw eval --run` added one more.
    QVERIFY2(gui.evaluations(cliRun).size() >= 3,
             qPrintable(QString::number(gui.evaluations(cliRun).size())));
    QCOMPARE(gui.integrityCheck(), std::string("ok"));
  }
};

QTEST_GUILESS_MAIN(TestTwoWriters)
#include "tst_two_writers.moc"
