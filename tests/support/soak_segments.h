#pragma once
// A soak: one run trained in segments by processes that are each ended at a random moment and
// then resumed, for MSLW_SOAK_SECONDS (120 in the suite). After every segment the store passes
// integrity_check and its steps are contiguous; every step a resumed segment recomputes
// reproduces the loss it had before the interruption; and each process's resident memory stays
// within a stated bound of what it held after its warm-up.
#include <QElapsedTimer>
#include <QProcess>
#include <QtTest/QTest>

#include <SQLiteCpp/SQLiteCpp.h>
#include <signal.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "store/experiment_store.h"

inline int soakSeconds() {
  const QByteArray value = qgetenv("MSLW_SOAK_SECONDS");
  return value.isEmpty() ? 120 : value.toInt();
}

inline double residentMiB(qint64 pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  return 0;
}

// step -> loss of every {"step": …, "loss": …} line; other lines are skipped.
inline std::map<std::int64_t, double> lossesIn(const std::filesystem::path& jsonl) {
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

struct SoakPlan {
  std::string store;
  msl::RunId run = 1;
  std::filesystem::path folder;  // segment-N.jsonl are written here
  int seconds = 120;
  // Starts segment `index` (0 trains the run afresh, later ones resume it); its process writes
  // one JSON line {"step", "loss"} per step to `jsonl`.
  std::function<void(QProcess& process, std::size_t index, const std::filesystem::path& jsonl)>
      start;
  // SIGKILL or SIGINT; a process interrupted by SIGINT must exit with exitCodeAfterInterrupt.
  std::function<int(std::size_t index)> signalThatEnds;
  int exitCodeAfterInterrupt = 1;
  double growthBoundMiB = 96;  // growth of resident memory allowed after the warm-up
};

struct SoakOutcome {
  std::size_t segments = 0, recomputed = 0;
  std::map<std::int64_t, double> losses;  // step -> loss, from every segment
  double largestGrowthMiB = 0, largestResidentMiB = 0, worstLossDifference = 0;
};

// Fails the calling test (QVERIFY) at the first broken promise; check QTest::currentTestFailed().
inline void soakSegments(const SoakPlan& plan, SoakOutcome& outcome) {
  namespace fs = std::filesystem;
  std::mt19937 random(7);
  QElapsedTimer soak;
  soak.start();
  while (soak.elapsed() < plan.seconds * 1000LL || outcome.segments < 2) {
    const std::size_t segment = outcome.segments;
    const fs::path jsonl = plan.folder / ("segment-" + std::to_string(segment) + ".jsonl");
    QProcess process;
    plan.start(process, segment, jsonl);
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    // Each segment passes a checkpoint before it can be interrupted: it runs 12 steps past where
    // it started, which is also its warm-up, then a random while more: up to 6 s in the suite,
    // up to a twelfth of the soak in a long one, so that a slow creep of one process's memory
    // has minutes to show.
    const std::int64_t start = outcome.losses.empty() ? 0 : outcome.losses.rbegin()->first;
    const int extraMs =
        std::uniform_int_distribution<int>(0, std::max(6000, plan.seconds * 1000 / 12))(random);
    QElapsedTimer alive;
    alive.start();
    double afterWarmup = 0, peak = 0;
    qint64 warmedAt = -1;
    qint64 nextMinuteMs = 60000;
    while (process.state() == QProcess::Running && alive.elapsed() < 240000 + extraMs &&
           (warmedAt < 0 || alive.elapsed() < warmedAt + extraMs)) {
      process.waitForFinished(250);
      const double rss = residentMiB(process.processId());
      if (alive.elapsed() >= nextMinuteMs) {
        qInfo("segment %zu, minute %lld: resident %.0f MiB", segment,
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
    QVERIFY2(process.state() == QProcess::Running,
             qPrintable(QString("segment %1 ended by itself: %2")
                            .arg(segment)
                            .arg(QString::fromUtf8(process.readAllStandardError()))));
    QVERIFY2(
        warmedAt >= 0,
        qPrintable(
            QString("segment %1 did not reach 12 steps in %2 ms").arg(segment).arg(lifetimeMs)));
    const int signal = plan.signalThatEnds(segment);
    ::kill(static_cast<pid_t>(process.processId()), signal);
    QVERIFY(process.waitForFinished(120000));
    if (signal == SIGINT) QCOMPARE(process.exitCode(), plan.exitCodeAfterInterrupt);
    outcome.largestGrowthMiB = std::max(outcome.largestGrowthMiB, peak - afterWarmup);
    outcome.largestResidentMiB = std::max(outcome.largestResidentMiB, peak);
    qInfo("segment %zu: %s after %lld ms, resident %.0f MiB after warm-up, peak %.0f MiB", segment,
          signal == SIGKILL ? "SIGKILL" : "Ctrl-C", static_cast<long long>(lifetimeMs), afterWarmup,
          peak);
    QVERIFY2(peak - afterWarmup <= plan.growthBoundMiB,
             qPrintable(QString("resident memory grew %1 MiB after the warm-up (bound %2)")
                            .arg(peak - afterWarmup)
                            .arg(plan.growthBoundMiB)));

    {
      SQLite::Database raw(plan.store, SQLite::OPEN_READONLY);
      QCOMPARE(raw.execAndGet("PRAGMA integrity_check").getString(), std::string("ok"));
    }
    msl::ExperimentStore experiments(plan.store);
    const auto steps = experiments.stepsAfter(plan.run, 0);
    for (std::size_t i = 0; i < steps.size(); ++i)
      QVERIFY2(
          steps[i].step == static_cast<std::int64_t>(i + 1),
          qPrintable(QString("segment %1: step %2 at %3").arg(segment).arg(steps[i].step).arg(i)));
    for (const auto& [step, loss] : lossesIn(jsonl)) {
      const auto earlier = outcome.losses.find(step);
      if (earlier != outcome.losses.end()) {
        ++outcome.recomputed;
        const double difference = std::abs(loss - earlier->second);
        outcome.worstLossDifference = std::max(outcome.worstLossDifference, difference);
        QVERIFY2(difference <= 1e-4 * std::max(1.0, std::abs(loss)),
                 qPrintable(QString("step %1: loss %2 after the resume, %3 before")
                                .arg(step)
                                .arg(loss, 0, 'g', 9)
                                .arg(earlier->second, 0, 'g', 9)));
      }
      outcome.losses[step] = loss;
    }
    ++outcome.segments;
  }
  qInfo(
      "%zu segments in %lld s, %zu steps, %zu recomputed after a resume (largest loss difference "
      "%.3g), largest resident %.0f MiB, largest growth after warm-up %.0f MiB",
      outcome.segments, static_cast<long long>(soak.elapsed() / 1000), outcome.losses.size(),
      outcome.recomputed, outcome.worstLossDifference, outcome.largestResidentMiB,
      outcome.largestGrowthMiB);
  QVERIFY2(outcome.recomputed > 0, "no resumed segment recomputed a step: nothing was compared");
}
