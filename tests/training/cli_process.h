#pragma once
// Runs the real `mslw` binary (MSLW_BINARY) and keeps its exit code and output.
#include <QProcess>
#include <QStringList>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "data/synthetic_catalog.h"

struct CliRun {
  int exitCode = -1;  // -1: did not finish in time
  QByteArray out, err;

  nlohmann::json json() const { return nlohmann::json::parse(out.toStdString()); }
};

inline CliRun runMslw(
    const QStringList& arguments, int timeoutMs = 300000,
    const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment()) {
  QProcess process;
  process.setProcessEnvironment(environment);
  process.start(MSLW_BINARY, arguments);
  CliRun run;
  if (!process.waitForFinished(timeoutMs)) {
    process.kill();
    process.waitForFinished();
    return run;
  }
  run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
  run.out = process.readAllStandardOutput();
  run.err = process.readAllStandardError();
  return run;
}

// The small synthetic dataset the CLI process tests train on (120 items, 80 users): a quick-cpu
// step takes milliseconds, so a process reaches its checkpoints in seconds.
inline void writeCliTestDataset(const std::filesystem::path& folder) {
  msl::SyntheticOptions synthetic;
  synthetic.items = 120;
  synthetic.users = 80;
  msl::writeSyntheticDataset(synthetic, folder);
}
