// Runs left running or paused by a process that is gone are marked interrupted on open and can
// be resumed; runs whose owner still lives (or lives on another host) are left alone.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <SQLiteCpp/Database.h>

#include "store/experiment_store.h"
#include "store/process_identity.h"

namespace {

std::int64_t pidOfFinishedProcess() {
  QProcess shortLived;
  shortLived.start("sleep", {"0.1"});
  shortLived.waitForStarted();
  const std::int64_t pid = shortLived.processId();
  shortLived.waitForFinished();
  return pid;
}

void setOwner(const std::string& path, msl::RunId run, const std::string& host, std::int64_t pid,
              std::int64_t startTicks) {
  SQLite::Database raw(path, SQLite::OPEN_READWRITE);
  SQLite::Statement update(
      raw, "UPDATE runs SET owner_host = ?, owner_pid = ?, owner_start_ticks = ? WHERE id = ?");
  update.bind(1, host);
  update.bind(2, static_cast<int64_t>(pid));
  update.bind(3, static_cast<int64_t>(startTicks));
  update.bind(4, static_cast<int64_t>(run));
  update.exec();
}

}  // namespace

class TestStoreInterrupted : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void currentProcessIsAliveAndDeadOneIsNot() {
    const msl::ProcessIdentity self = msl::currentProcessIdentity();
    QVERIFY(self.startTicks > 0);
    QCOMPARE(msl::isProcessAlive(self), std::optional<bool>(true));
    msl::ProcessIdentity reused = self;
    reused.startTicks += 1;  // same pid, another process
    QCOMPARE(msl::isProcessAlive(reused), std::optional<bool>(false));
    msl::ProcessIdentity dead = self;
    dead.pid = pidOfFinishedProcess();
    QCOMPARE(msl::isProcessAlive(dead), std::optional<bool>(false));
    msl::ProcessIdentity remote = self;
    remote.host = "another-host.invalid";
    QVERIFY(!msl::isProcessAlive(remote).has_value());
  }

  void onlyRunsOfVanishedProcessesAreInterrupted() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("runs.sqlite").toStdString();
    const msl::ProcessIdentity self = msl::currentProcessIdentity();
    msl::RunId alive = 0, dead = 0, pausedDead = 0, reusedPid = 0, remote = 0, finished = 0;
    {
      msl::ExperimentStore store(path);
      for (msl::RunId* run : {&alive, &dead, &pausedDead, &reusedPid, &remote, &finished}) {
        *run = store.createRun({});
        store.startRun(*run);
      }
      store.pauseRun(pausedDead);
      store.endRun(finished, msl::RunStatus::Finished);
    }
    const std::int64_t deadPid = pidOfFinishedProcess();
    setOwner(path, dead, self.host, deadPid, 12345);
    setOwner(path, pausedDead, self.host, deadPid, 12345);
    setOwner(path, reusedPid, self.host, self.pid, self.startTicks + 1);
    setOwner(path, remote, "another-host.invalid", deadPid, 12345);
    setOwner(path, finished, self.host, deadPid, 12345);

    msl::ExperimentStore store(path);
    QCOMPARE(store.runsInterruptedOnOpen(), (std::vector<msl::RunId>{dead, pausedDead, reusedPid}));
    QCOMPARE(store.run(alive).status, msl::RunStatus::Running);
    QCOMPARE(store.run(remote).status, msl::RunStatus::Running);
    QCOMPARE(store.run(finished).status, msl::RunStatus::Finished);
    const msl::RunRecord interrupted = store.run(dead);
    QCOMPARE(interrupted.status, msl::RunStatus::Interrupted);
    QVERIFY2(
        interrupted.failureMessage.find("process " + std::to_string(deadPid)) != std::string::npos,
        interrupted.failureMessage.c_str());
    QVERIFY(interrupted.startedAt.has_value());
    QVERIFY(!interrupted.finishedAt.has_value());
    QCOMPARE(store.run(pausedDead).status, msl::RunStatus::Interrupted);
    QVERIFY(store.markInterruptedRuns().empty());  // nothing left to mark

    // Resumable: starting it again makes it this process's running run.
    store.startRun(dead);
    const msl::RunRecord resumed = store.run(dead);
    QCOMPARE(resumed.status, msl::RunStatus::Running);
    QVERIFY(resumed.failureMessage.empty());
    QCOMPARE(*resumed.startedAt, *interrupted.startedAt);
    msl::ExperimentStore reopened(path);
    QCOMPARE(reopened.run(dead).status, msl::RunStatus::Running);
  }
};

QTEST_GUILESS_MAIN(TestStoreInterrupted)
#include "tst_store_interrupted.moc"
