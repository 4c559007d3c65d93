// The store and an export on a disk that fills up (a real tmpfs): the write fails as DiskFull
// naming the file, what was saved before stays intact and readable, the steps that could not be
// written are kept and saved by the same flush once space is freed, and an older export is not
// replaced by a part of a new one.
#include <QTemporaryDir>
#include <QtTest>

#include <SQLiteCpp/Database.h>

#include <fstream>
#include <iterator>

#include "common/atomic_file.h"
#include "common/error.h"
#include "small_filesystem.h"
#include "store/experiment_store.h"
#include "store/run_export.h"

namespace {

msl::StepMetrics step(msl::RunId run, std::int64_t number) {
  msl::StepMetrics metrics;
  metrics.run = run;
  metrics.step = number;
  metrics.loss = 1.0 / static_cast<double>(number);
  metrics.wallTime = static_cast<double>(number);
  return metrics;
}

std::size_t storedSteps(const std::string& store) {
  SQLite::Database raw(store, SQLite::OPEN_READONLY);
  return static_cast<std::size_t>(raw.execAndGet("SELECT count(*) FROM steps").getInt64());
}

}  // namespace

class TestStoreDiskFull : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void fullDiskLosesNothingSaved() {
    QTemporaryDir scratch;
    SmallFilesystem disk(scratch.filePath("disk").toStdString(), 4 << 20);
    if (!disk.mounted()) QSKIP(disk.error().c_str());
    const std::string path = (disk.dir() / "store.sqlite").string();
    const std::string exported = (disk.dir() / "run.csv").string();
    msl::ExperimentStoreOptions options;
    options.stepFlush.maxSteps = 100000;  // flush only when told
    msl::ExperimentStore store(path, options);
    const msl::RunId run = store.createRun({});
    store.startRun(run);
    for (int i = 1; i <= 20; ++i) store.appendStep(step(run, i));
    store.flushSteps();
    msl::writeFileAtomically(exported, msl::exportRunCsv(store, run));
    const std::string firstExport = msl::exportRunCsv(store, run);

    disk.fill();
    constexpr int kUnsaved = 3000;
    for (int i = 21; i < 21 + kUnsaved; ++i) store.appendStep(step(run, i));
    try {
      store.flushSteps();
      QFAIL("3000 steps were written to a full disk");
    } catch (const msl::DiskFull& error) {
      const std::string message = error.what();
      QVERIFY2(message.rfind(path + ": disk full", 0) == 0, error.what());
    }
    QCOMPARE(store.bufferedSteps(), std::size_t(kUnsaved));
    QCOMPARE(storedSteps(path), std::size_t(20));
    {
      SQLite::Database raw(path, SQLite::OPEN_READONLY);
      QCOMPARE(raw.execAndGet("PRAGMA integrity_check").getString(), std::string("ok"));
    }
    // The export of the grown run does not fit: the older export stays whole.
    const std::string bigger(1 << 20, 'y');
    try {
      msl::writeFileAtomically(exported, bigger);
      QFAIL("1 MiB was written to a full disk");
    } catch (const msl::DiskFull& error) {
      QVERIFY2(std::string(error.what()).rfind(exported + ": disk full", 0) == 0, error.what());
    }
    std::ifstream in(exported, std::ios::binary);
    const std::string onDisk((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
    QVERIFY2(onDisk == firstExport, "the older export was changed");

    disk.freeBallast();
    store.flushSteps();
    QCOMPARE(storedSteps(path), std::size_t(20 + kUnsaved));
    const auto steps = store.stepsAfter(run, 0);
    for (std::size_t i = 0; i < steps.size(); ++i)
      QCOMPARE(steps[i].step, static_cast<std::int64_t>(i + 1));
    store.endRun(run, msl::RunStatus::Finished);
    QCOMPARE(store.integrityCheck(), std::string("ok"));
  }
};

QTEST_GUILESS_MAIN(TestStoreDiskFull)
#include "tst_store_disk_full.moc"
