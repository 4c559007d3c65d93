// Soak: one run trained in segments by real `mslw train` processes, each ended at a random
// moment by SIGKILL or by Ctrl-C (cancel with a checkpoint) and resumed, with evaluations, for
// MSLW_SOAK_SECONDS (120 in the suite; 3600 for the hour-long soak). After every segment the
// store passes integrity_check and its steps are contiguous; every step a resumed segment
// recomputes reproduces the loss it had before the interruption; and each process's resident
// memory stays within a stated bound of what it held after its warm-up.
#include <QtTest/QtTest>

#include <SQLiteCpp/SQLiteCpp.h>
#include <signal.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>

#include "cli_process.h"
#include "store/experiment_store.h"

namespace fs = std::filesystem;

namespace {

// Growth of resident memory allowed after the warm-up, within one process.
constexpr double kRssGrowthBoundMiB = 96.0;

double residentMiB(qint64 pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  return 0;
}

std::map<std::int64_t, double> lossesIn(const fs::path& jsonl) {
  std::map<std::int64_t, double> losses;
  std::ifstream in(jsonl);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    try {
      const auto json = nlohmann::json::parse(line);
      losses[json.at("step").get<std::int64_t>()] = json.at("loss").get<double>();
    } catch (const std::exception&) {
      // A kill can cut the last line short.
    }
  }
  return losses;
}

int soakSeconds() {
  const QByteArray value = qgetenv("MSLW_SOAK_SECONDS");
  return value.isEmpty() ? 120 : value.toInt();
}

}  // namespace

class TestSoak : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void interruptedSegmentsKeepTheRunWhole() {
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const fs::path root = scratch.path().toStdString();
    writeCliTestDataset(root / "data");
    const fs::path config = root / "run.json";
    const std::string store = (root / "store.sqlite").string();
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

    const int seconds = soakSeconds();
    std::mt19937 random(7);
    QElapsedTimer soak;
    soak.start();
    std::map<std::int64_t, double> seen;  // step -> loss, from every earlier segment
    std::size_t recomputed = 0, segments = 0;
    double largestGrowth = 0, largestRss = 0, worstLossDifference = 0;
    while (soak.elapsed() < seconds * 1000LL || segments < 2) {
      const fs::path jsonl = root / ("segment-" + std::to_string(segments) + ".jsonl");
      QStringList arguments{"train",
                            "--config",
                            QString::fromStdString(config.string()),
                            "--store",
                            QString::fromStdString(store),
                            "--jsonl",
                            QString::fromStdString(jsonl.string()),
                            "--json"};
      if (segments > 0)
        arguments << "--resume"
                  << "1";
      QProcess train;
      QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
      environment.insert("OMP_NUM_THREADS", "1");
      train.setProcessEnvironment(environment);
      train.start(MSLW_BINARY, arguments);
      QVERIFY(train.waitForStarted());
      // Each segment passes a checkpoint (every 10 steps) before it can be interrupted: it runs
      // 12 steps past where it started, which is also its warm-up, then a random while more:
      // up to 6 s in the suite, up to a twelfth of the soak in a long one, so that a slow creep
      // of one process's memory has minutes to show.
      const std::int64_t start = seen.empty() ? 0 : seen.rbegin()->first;
      const int extraMs =
          std::uniform_int_distribution<int>(0, std::max(6000, seconds * 1000 / 12))(random);
      QElapsedTimer alive;
      alive.start();
      double afterWarmup = 0, peak = 0;
      qint64 warmedAt = -1;
      qint64 nextMinuteMs = 60000;
      while (train.state() == QProcess::Running && alive.elapsed() < 240000 + extraMs &&
             (warmedAt < 0 || alive.elapsed() < warmedAt + extraMs)) {
        train.waitForFinished(250);
        const double rss = residentMiB(train.processId());
        if (alive.elapsed() >= nextMinuteMs) {
          qInfo("segment %zu, minute %lld: resident %.0f MiB", segments,
                static_cast<long long>(nextMinuteMs / 60000), rss);
          nextMinuteMs += 60000;
        }
        if (warmedAt < 0) {
          const auto losses = lossesIn(jsonl);
          if (!losses.empty() && losses.rbegin()->first >= start + 12) {
            warmedAt = alive.elapsed();
            afterWarmup = rss;
          }
        } else {
          peak = std::max(peak, rss);
        }
      }
      peak = std::max(peak, afterWarmup);
      const qint64 lifetimeMs = alive.elapsed();
      QVERIFY2(train.state() == QProcess::Running,
               qPrintable(QString("segment %1 ended by itself: %2")
                              .arg(segments)
                              .arg(QString::fromUtf8(train.readAllStandardError()))));
      const bool kill = segments % 2 == 0;
      ::kill(static_cast<pid_t>(train.processId()), kill ? SIGKILL : SIGINT);
      QVERIFY(train.waitForFinished(120000));
      if (!kill) QCOMPARE(train.exitCode(), 1);  // cancelled (not finished), with a checkpoint
      largestGrowth = std::max(largestGrowth, peak - afterWarmup);
      largestRss = std::max(largestRss, peak);
      qInfo("segment %zu: %s after %lld ms, resident %.0f MiB after warm-up, peak %.0f MiB",
            segments, kill ? "SIGKILL" : "Ctrl-C", static_cast<long long>(lifetimeMs), afterWarmup,
            peak);
      QVERIFY2(peak - afterWarmup <= kRssGrowthBoundMiB,
               qPrintable(QString("resident memory grew %1 MiB after the warm-up (bound %2)")
                              .arg(peak - afterWarmup)
                              .arg(kRssGrowthBoundMiB)));

      {
        SQLite::Database raw(store, SQLite::OPEN_READONLY);
        QCOMPARE(raw.execAndGet("PRAGMA integrity_check").getString(), std::string("ok"));
      }
      msl::ExperimentStore experiments(store);
      const auto steps = experiments.stepsAfter(1, 0);
      for (std::size_t i = 0; i < steps.size(); ++i)
        QVERIFY2(steps[i].step == static_cast<std::int64_t>(i + 1),
                 qPrintable(
                     QString("segment %1: step %2 at %3").arg(segments).arg(steps[i].step).arg(i)));
      for (const auto& [step, loss] : lossesIn(jsonl)) {
        const auto earlier = seen.find(step);
        if (earlier != seen.end()) {
          ++recomputed;
          const double difference = std::abs(loss - earlier->second);
          worstLossDifference = std::max(worstLossDifference, difference);
          QVERIFY2(difference <= 1e-4 * std::max(1.0, std::abs(loss)),
                   qPrintable(QString("step %1: loss %2 after the resume, %3 before")
                                  .arg(step)
                                  .arg(loss, 0, 'g', 9)
                                  .arg(earlier->second, 0, 'g', 9)));
        }
        seen[step] = loss;
      }
      ++segments;
    }
    qInfo(
        "%zu segments in %lld s, %zu steps, %zu recomputed after a resume (largest loss "
        "difference %.3g), largest resident %.0f MiB, largest growth after warm-up %.0f MiB",
        segments, static_cast<long long>(soak.elapsed() / 1000), seen.size(), recomputed,
        worstLossDifference, largestRss, largestGrowth);
    QVERIFY2(recomputed > 0, "no resumed segment recomputed a step: nothing was compared");
  }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
