// Soak (tests/support/soak_segments.h): one run trained in segments by real `mslw train`
// processes, each ended at a random moment by SIGKILL or by Ctrl-C (cancel with a checkpoint)
// and resumed with `--resume`, evaluating every 25 steps, for MSLW_SOAK_SECONDS (120 in the
// suite; 3600 for the hour-long soak).
#include <QtTest/QtTest>

#include <signal.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli_process.h"
#include "soak_segments.h"

namespace fs = std::filesystem;

class TestSoak : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void interruptedSegmentsKeepTheRunWhole() {
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const fs::path root = scratch.path().toStdString();
    writeCliTestDataset(root / "data");
    const fs::path config = root / "run.json";
    std::ofstream(config) << nlohmann::json{
        {"preset", "quick-cpu"},
        {"name", "soak"},
        {"output_dir", (root / "runs").string()},
        {"data", {{"dir", (root / "data").string()}}},
        {"training", {{"max_steps", 1000000}, {"checkpoint_every", 10}, {"batch_size", 8}}},
        {"evaluation",
         {{"every_steps", 25},
          {"subset", 8},
          {"at_end", "off"}}}}.dump(2);

    SoakPlan plan;
    plan.store = (root / "store.sqlite").string();
    plan.folder = root;
    plan.seconds = soakSeconds();
    plan.start = [&](QProcess& train, std::size_t segment, const fs::path& jsonl) {
      QStringList arguments{"train",
                            "--config",
                            QString::fromStdString(config.string()),
                            "--store",
                            QString::fromStdString(plan.store),
                            "--jsonl",
                            QString::fromStdString(jsonl.string()),
                            "--json"};
      if (segment > 0)
        arguments << "--resume"
                  << "1";
      QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
      environment.insert("OMP_NUM_THREADS", "1");
      train.setProcessEnvironment(environment);
      train.start(MSLW_BINARY, arguments);
    };
    plan.signalThatEnds = [](std::size_t segment) { return segment % 2 == 0 ? SIGKILL : SIGINT; };
    plan.exitCodeAfterInterrupt = 1;  // cancelled (not finished), with a checkpoint
    SoakOutcome outcome;
    soakSegments(plan, outcome);
  }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
