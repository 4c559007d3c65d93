// Readers (the GUI) see committed step batches while a writer (the trainer) works, and are not
// blocked by the writer's open transaction.
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include "store/experiment_store.h"

namespace {

msl::StepMetrics step(msl::RunId run, std::int64_t number) {
  msl::StepMetrics metrics;
  metrics.run = run;
  metrics.step = number;
  metrics.loss = 1.0 / number;
  metrics.wallTime = number;
  return metrics;
}

}  // namespace

class TestStoreConcurrency : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void readerSeesCommittedStepsDuringOpenWriteTransaction() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("live.sqlite").toStdString();
    msl::ExperimentStoreOptions options;
    options.stepFlush.maxSteps = 5;
    msl::ExperimentStore writer(path, options);
    const msl::RunId run = writer.createRun({});
    writer.startRun(run);
    for (int i = 1; i <= 5; ++i) writer.appendStep(step(run, i));  // one committed batch

    msl::ExperimentStore reader(path);
    {
      // Another connection holds the write lock with uncommitted steps 6..8.
      SQLite::Database trainer(path, SQLite::OPEN_READWRITE);
      SQLite::Transaction open(trainer, SQLite::TransactionBehavior::IMMEDIATE);
      trainer.exec("INSERT INTO steps (run_id, step, loss, wall_time) VALUES (" +
                   std::to_string(run) + ", 6, 0.1, 6), (" + std::to_string(run) +
                   ", 7, 0.1, 7), (" + std::to_string(run) + ", 8, 0.1, 8)");
      QElapsedTimer timer;
      timer.start();
      const auto seen = reader.stepsAfter(run, 0);
      QVERIFY2(timer.elapsed() < 1000, "the reader waited for the writer's lock");
      QCOMPARE(seen.size(), std::size_t{5});
      QCOMPARE(seen.back().step, std::int64_t{5});
      QCOMPARE(reader.listRuns().at(0).lastStep, std::int64_t{5});
      open.commit();
    }
    const auto after = reader.stepsAfter(run, 5);
    QCOMPARE(after.size(), std::size_t{3});
    QCOMPARE(after.back().step, std::int64_t{8});
  }

  void pollingReaderFollowsWriterThread() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("poll.sqlite").toStdString();
    constexpr std::int64_t kSteps = 3000;
    msl::RunId run = 0;
    {
      msl::ExperimentStore setup(path);
      run = setup.createRun({});
    }
    std::atomic<bool> writerDone{false};
    std::string writerError;
    std::thread trainer([&] {
      try {
        msl::ExperimentStoreOptions options;
        options.stepFlush.maxSteps = 16;
        msl::ExperimentStore writer(path, options);
        writer.startRun(run);
        for (std::int64_t i = 1; i <= kSteps; ++i) writer.appendStep(step(run, i));
        writer.endRun(run, msl::RunStatus::Finished);
      } catch (const std::exception& e) {
        writerError = e.what();
      }
      writerDone = true;
    });
    msl::ExperimentStore reader(path);
    std::int64_t lastSeen = 0;
    int polls = 0;
    int pollsWithNewSteps = 0;
    while (true) {
      const bool finished = writerDone.load();
      const auto fresh = reader.stepsAfter(run, lastSeen);
      ++polls;
      for (const auto& s : fresh) {
        QCOMPARE(s.step, lastSeen + 1);  // never a gap, never a repeat
        lastSeen = s.step;
      }
      if (!fresh.empty()) ++pollsWithNewSteps;
      if (finished) break;
    }
    trainer.join();
    QVERIFY2(writerError.empty(), writerError.c_str());
    QCOMPARE(lastSeen, kSteps);
    QCOMPARE(reader.run(run).status, msl::RunStatus::Finished);
    qInfo("%d polls, %d of them brought new steps", polls, pollsWithNewSteps);
    QVERIFY2(pollsWithNewSteps > 1, "the reader only saw the steps after the writer finished");
  }

  // The GUI lists the runs of a new store while a job creates it: a connection that reads the
  // store half-created must not take it for another program's database.
  void connectionsOpeningANewStoreAtOnceAllSucceed() {
    constexpr int kStores = 40;
    constexpr int kConnections = 4;
    QTemporaryDir dir;
    for (int store = 0; store < kStores; ++store) {
      const std::string path =
          dir.filePath(QStringLiteral("store-%1.sqlite").arg(store)).toStdString();
      std::atomic<int> ready{0};
      std::vector<std::string> errors(kConnections);
      std::vector<std::thread> openers;
      for (int connection = 0; connection < kConnections; ++connection) {
        openers.emplace_back([&, connection] {
          ++ready;
          while (ready.load() < kConnections) std::this_thread::yield();
          try {
            msl::ExperimentStore opened(path);
            opened.listRuns();
          } catch (const std::exception& error) {
            errors[connection] = error.what();
          }
        });
      }
      for (std::thread& opener : openers) opener.join();
      for (const std::string& error : errors) QVERIFY2(error.empty(), error.c_str());
    }
  }
};

QTEST_GUILESS_MAIN(TestStoreConcurrency)
#include "tst_store_concurrency.moc"
