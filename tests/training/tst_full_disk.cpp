// A real `mslw train` whose disk (a small tmpfs holding the store and the run folder) fills up
// before its next checkpoint: the run stops with "disk full" naming the path, the previous
// checkpoint and the store stay intact and readable, no half checkpoint is left behind, and a
// resume after space is freed continues to the end.
#include <QtTest/QtTest>

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli_process.h"
#include "small_filesystem.h"
#include "store/experiment_store.h"

namespace fs = std::filesystem;

namespace {

void writeConfig(const fs::path& file, const fs::path& data, const fs::path& runs,
                 std::int64_t maxSteps) {
  std::ofstream(file) << nlohmann::json{
      {"preset", "quick-cpu"},
      {"name", "full disk"},
      {"output_dir", runs.string()},
      {"data", {{"dir", data.string()}}},
      {"training", {{"max_steps", maxSteps}, {"checkpoint_every", 4}, {"batch_size", 8}}},
      {"evaluation",
       {{"every_steps", 0},
        {"at_end", "off"}}}}.dump(2);
}

std::vector<fs::path> checkpointFolders(const fs::path& runs) {
  std::vector<fs::path> found;
  for (const auto& entry : fs::recursive_directory_iterator(runs))
    if (entry.is_directory() && entry.path().filename().string().rfind("checkpoint-", 0) == 0)
      found.push_back(entry.path());
  std::sort(found.begin(), found.end());
  return found;
}

std::uintmax_t folderBytes(const fs::path& folder) {
  std::uintmax_t bytes = 0;
  for (const auto& entry : fs::recursive_directory_iterator(folder))
    if (entry.is_regular_file()) bytes += entry.file_size();
  return bytes;
}

}  // namespace

class TestFullDisk : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void aFullDiskStopsTheRunAndLosesNothingSaved() {
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const fs::path root = scratch.path().toStdString();
    SmallFilesystem disk(root / "disk", 96 << 20);
    if (!disk.mounted()) QSKIP(disk.error().c_str());
    writeCliTestDataset(root / "data");
    const fs::path config = root / "run.json";
    const fs::path runs = disk.dir() / "runs";
    const QString store = QString::fromStdString((disk.dir() / "store.sqlite").string());
    const QString configArg = QString::fromStdString(config.string());

    writeConfig(config, root / "data", runs, 4);
    const CliRun first = runMslw({"train", "--config", configArg, "--store", store, "--json"});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const auto saved = checkpointFolders(runs);
    QCOMPARE(saved.size(), std::size_t(1));
    const std::uintmax_t savedBytes = folderBytes(saved.front());

    // With 1 MiB left the store's small writes fit and the checkpoint does not; with 16 KiB
    // left the store's own writes fail first.
    writeConfig(config, root / "data", runs, 8);
    for (const auto& [leave, failing] : std::vector<std::pair<std::size_t, std::string>>{
             {1 << 20, "checkpoint-8"}, {16 << 10, "store.sqlite"}}) {
      disk.fill(leave);
      const CliRun full =
          runMslw({"train", "--config", configArg, "--store", store, "--resume", "1", "--json"});
      QVERIFY2(full.exitCode != 0, "the run went on with a full disk");
      const QString errors = QString::fromUtf8(full.err);
      qInfo("%zu bytes left: the run stopped with: %s", leave,
            qPrintable(errors.trimmed().split(QLatin1Char('\n')).last()));
      QVERIFY2(errors.contains(QStringLiteral("disk full")), qPrintable(errors));
      QVERIFY2(errors.contains(QString::fromStdString((disk.dir() / "").string())) &&
                   errors.contains(QString::fromStdString(failing)),
               qPrintable(errors));
      // The previous checkpoint is as it was, and nothing half-written stands beside it.
      QCOMPARE(checkpointFolders(runs), saved);
      QCOMPARE(folderBytes(saved.front()), savedBytes);
      for (const auto& entry : fs::recursive_directory_iterator(runs))
        QVERIFY2(entry.path().string().find(".partial") == std::string::npos &&
                     entry.path().string().find(".tmp-") == std::string::npos,
                 entry.path().c_str());
      SQLite::Database raw(store.toStdString(), SQLite::OPEN_READONLY);
      QCOMPARE(raw.execAndGet("PRAGMA integrity_check").getString(), std::string("ok"));
      disk.freeBallast();
    }

    const CliRun resumed =
        runMslw({"train", "--config", configArg, "--store", store, "--resume", "1", "--json"});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    msl::ExperimentStore experiments(store.toStdString());
    QCOMPARE(experiments.run(1).status, msl::RunStatus::Finished);
    const auto steps = experiments.stepsAfter(1, 0);
    QCOMPARE(steps.size(), std::size_t(8));
    for (std::size_t i = 0; i < steps.size(); ++i)
      QCOMPARE(steps[i].step, static_cast<std::int64_t>(i + 1));
    QCOMPARE(checkpointFolders(runs).size(), std::size_t(2));
  }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_full_disk.moc"
