// Data-parallel training with real processes: `mslw train --nproc 2` (two ranks on c10d's Gloo,
// each holding half of every micro-batch) against `mslw train` alone on the same config. The loss
// and τ traces and the final weights must agree (LML, MSL, MSL+ATS); a rank killed with SIGKILL
// must fail the run with its cause, and the last checkpoint must resume.
#include <signal.h>

#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "data/synthetic_catalog.h"
#include "model/checkpoint_tensors.h"
#include "model/tensor_conversion.h"
#include "store/experiment_store.h"

namespace {

namespace fs = std::filesystem;

struct Trace {
  std::vector<double> loss, tau, gradNorm;
};

Trace readTrace(const fs::path& jsonl) {
  Trace trace;
  std::ifstream in(jsonl);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    const auto step = nlohmann::json::parse(line);
    trace.loss.push_back(step.at("loss").get<double>());
    trace.tau.push_back(step.at("tau").get<double>());
    trace.gradNorm.push_back(step.at("grad_norm").get<double>());
  }
  return trace;
}

double largestDifference(const std::vector<double>& a, const std::vector<double>& b) {
  double largest = 0;
  for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
    largest = std::max(largest, std::abs(a[i] - b[i]));
  return largest;
}

// A constant learning rate after warm-up, so that a run cut short and a longer run take the
// same steps whatever max_steps says.
void writeConfig(const fs::path& file, const fs::path& root, const std::string& kind,
                 std::int64_t maxSteps, std::int64_t checkpointEvery, bool evaluate = false) {
  const nlohmann::json config = {
      {"preset", "quick-cpu"},
      {"name", "data-parallel " + kind},
      {"output_dir", (root / "runs").string()},
      {"data", {{"dir", (root / "data").string()}}},
      // A wide clamp so that ATS's τ moves and its trace means something.
      {"loss", {{"kind", kind}, {"eta", 1.0}, {"min_tau", 0.05}, {"max_tau", 50.0}}},
      {"evaluation", evaluate
                         ? nlohmann::json{{"every_steps", 10}, {"subset", 15}, {"at_end", "test"}}
                         : nlohmann::json{{"every_steps", 0}, {"at_end", "off"}}},
      {"schedule", {{"kind", "constant"}}},
      {"training",
       {{"max_steps", maxSteps}, {"checkpoint_every", checkpointEvery}, {"batch_size", 8}}}};
  std::ofstream(file) << config.dump(2);
}

// Runs mslw train to the end; returns its JSON report.
nlohmann::json train(const QStringList& arguments) {
  QProcess process;
  process.start(MSLW_BINARY, QStringList{"train"} + arguments + QStringList{"--json"});
  if (!process.waitForFinished(600000) || process.exitCode() != 0) {
    qWarning("%s", process.readAllStandardError().constData());
    return {};
  }
  const QByteArray out = process.readAllStandardOutput().trimmed();
  return nlohmann::json::parse(out.split('\n').last().toStdString());
}

double largestWeightDifference(const fs::path& a, const fs::path& b) {
  const msl::CheckpointTensors left(a / "model.safetensors"), right(b / "model.safetensors");
  double largest = 0;
  for (const std::string& name : left.tensorNames()) {
    const auto difference =
        (msl::loadTensor(left, name) - msl::loadTensor(right, name)).abs().max().item<double>();
    largest = std::max(largest, difference);
  }
  return largest;
}

std::vector<pid_t> childrenOf(qint64 pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/task/" + std::to_string(pid) + "/children");
  std::vector<pid_t> children;
  for (pid_t child; in >> child;) children.push_back(child);
  return children;
}

}  // namespace

class TestDataParallel : public QObject {
  Q_OBJECT

  QTemporaryDir scratch_;
  fs::path root_;

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(scratch_.isValid());
    root_ = scratch_.path().toStdString();
    msl::SyntheticOptions synthetic;
    synthetic.items = 120;
    synthetic.users = 80;
    msl::writeSyntheticDataset(synthetic, root_ / "data");
  }

  void twoProcessesEqualOne_data() {
    QTest::addColumn<QString>("kind");
    for (const char* kind : {"lml", "msl", "msl_ats"}) QTest::addRow("%s", kind) << kind;
  }

  void twoProcessesEqualOne() {
    QFETCH(QString, kind);
    const fs::path folder = root_ / kind.toStdString();
    fs::create_directories(folder);
    writeConfig(folder / "run.json", root_, kind.toStdString(), 20, 0, /*evaluate=*/true);
    const auto config = QString::fromStdString((folder / "run.json").string());
    const auto path = [&](const char* name) {
      return QString::fromStdString((folder / name).string());
    };
    const auto one =
        train({"--config", config, "--store", path("one.sqlite"), "--jsonl", path("one.jsonl")});
    const auto two = train({"--config", config, "--store", path("two.sqlite"), "--jsonl",
                            path("two.jsonl"), "--nproc", "2"});
    QVERIFY2(!one.empty() && !two.empty(), "a training process failed");
    const Trace alone = readTrace(folder / "one.jsonl");
    const Trace split = readTrace(folder / "two.jsonl");
    QCOMPARE(alone.loss.size(), std::size_t{20});
    QCOMPARE(split.loss.size(), std::size_t{20});  // rank 0 alone reports
    const double loss = largestDifference(alone.loss, split.loss);
    const double tau = largestDifference(alone.tau, split.tau);
    // Norms of order 1 to 10, summed over every tensor: compared relative to their size.
    const double gradNorm = largestDifference(alone.gradNorm, split.gradNorm) /
                            *std::max_element(alone.gradNorm.begin(), alone.gradNorm.end());
    const double weights = largestWeightDifference(one.at("checkpoint").get<std::string>(),
                                                   two.at("checkpoint").get<std::string>());
    const QString report =
        QString("largest differences: loss %1, tau %2, grad norm %3 (relative), weights %4")
            .arg(loss)
            .arg(tau)
            .arg(gradNorm)
            .arg(weights);
    qInfo("%s", qPrintable(report));
    QVERIFY2(loss <= 1e-5 && tau <= 1e-5 && gradNorm <= 1e-5 && weights <= 1e-5,
             qPrintable(report));
    // Each rank evaluated every other user; rank 0's merged evaluations are the one process's.
    const auto& aloneEvaluations = one.at("evaluations");
    const auto& splitEvaluations = two.at("evaluations");
    QCOMPARE(splitEvaluations.size(), aloneEvaluations.size());
    QCOMPARE(aloneEvaluations.size(), std::size_t{3});  // steps 10 and 20 on 15 users, then test
    for (std::size_t i = 0; i < aloneEvaluations.size(); ++i) {
      QCOMPARE(splitEvaluations[i].at("samples"), aloneEvaluations[i].at("samples"));
      for (const auto& [name, value] : aloneEvaluations[i].at("metrics").items()) {
        const double other = splitEvaluations[i].at("metrics").at(name).get<double>();
        QVERIFY2(std::abs(other - value.get<double>()) <= 1e-9,
                 qPrintable(QString("evaluation %1, %2: %3 alone, %4 over two ranks")
                                .arg(i)
                                .arg(QString::fromStdString(name))
                                .arg(value.get<double>())
                                .arg(other)));
      }
    }
    if (kind == "msl_ats") {
      // τ moved, so the pooled statistics were tested, not a constant.
      QVERIFY(std::abs(alone.tau.front() - alone.tau.back()) > 0.1);
    }
  }

  void aKilledRankFailsTheRunAndItsCheckpointResumes() {
    const fs::path folder = root_ / "killed";
    fs::create_directories(folder);
    writeConfig(folder / "run.json", root_, "msl", 100000, 5);
    const auto config = QString::fromStdString((folder / "run.json").string());
    const auto store = QString::fromStdString((folder / "store.sqlite").string());
    const fs::path steps = folder / "steps.jsonl";
    QProcess launcher;
    launcher.start(MSLW_BINARY, {"train", "--config", config, "--store", store, "--jsonl",
                                 QString::fromStdString(steps.string()), "--json", "--nproc", "2"});
    QVERIFY(launcher.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(readTrace(steps).loss.size() >= 12, 240000);
    const auto ranks = childrenOf(launcher.processId());
    QCOMPARE(ranks.size(), std::size_t{2});
    ::kill(ranks[1], SIGKILL);  // rank 1 (started second)
    QVERIFY(launcher.waitForFinished(120000));
    QVERIFY(launcher.exitCode() != 0);
    const QString stderrText = launcher.readAllStandardError();
    QVERIFY2(stderrText.contains("rank 1 of 2 ended with signal"), qPrintable(stderrText));

    msl::ExperimentStore experiments(store.toStdString());
    const auto runs = experiments.listRuns();
    QCOMPARE(runs.size(), std::size_t{1});
    const msl::RunRecord run = experiments.run(runs.front().run.id);
    QCOMPARE(run.status, msl::RunStatus::Failed);
    QVERIFY2(run.failureMessage.find("peer rank died") != std::string::npos,
             run.failureMessage.c_str());
    const auto checkpoint = experiments.latestGoodCheckpoint(run.id);
    QVERIFY(checkpoint.has_value());

    // Both ranks restore the checkpoint and go on: the steps after it are those of a run that
    // was never interrupted (one process, which equals two).
    const std::int64_t end = checkpoint->step + 6;
    writeConfig(folder / "run.json", root_, "msl", end, 5);
    const fs::path resumedSteps = folder / "resumed.jsonl";
    const auto resumed =
        train({"--config", config, "--store", store, "--resume", QString::number(run.id), "--jsonl",
               QString::fromStdString(resumedSteps.string()), "--nproc", "2"});
    QVERIFY2(!resumed.empty(), "the resumed run failed");
    QCOMPARE(resumed.at("status").get<std::string>(), std::string("finished"));
    QCOMPARE(resumed.at("steps").get<std::int64_t>(), end);
    const auto reference =
        train({"--config", config, "--store",
               QString::fromStdString((folder / "reference.sqlite").string()), "--jsonl",
               QString::fromStdString((folder / "reference.jsonl").string())});
    QVERIFY2(!reference.empty(), "the uninterrupted run failed");
    Trace uninterrupted = readTrace(folder / "reference.jsonl");
    const Trace afterResume = readTrace(resumedSteps);
    QCOMPARE(afterResume.loss.size(), std::size_t{6});
    uninterrupted.loss.erase(uninterrupted.loss.begin(),
                             uninterrupted.loss.begin() + checkpoint->step);
    const double loss = largestDifference(uninterrupted.loss, afterResume.loss);
    QVERIFY2(loss <= 1e-5, qPrintable(QString("resumed losses differ by up to %1").arg(loss)));
    QVERIFY(largestWeightDifference(resumed.at("checkpoint").get<std::string>(),
                                    reference.at("checkpoint").get<std::string>()) <= 1e-5);
  }
};

QTEST_GUILESS_MAIN(TestDataParallel)
#include "tst_data_parallel.moc"
