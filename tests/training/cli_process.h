#pragma once
// Runs the real `mslw` binary (MSLW_BINARY) and keeps its exit code and output.
#include <QProcess>
#include <QStringList>

#include <nlohmann/json.hpp>

struct CliRun {
  int exitCode = -1;  // -1: did not finish in time
  QByteArray out, err;

  nlohmann::json json() const { return nlohmann::json::parse(out.toStdString()); }
};

inline CliRun runMslw(const QStringList& arguments, int timeoutMs = 300000) {
  QProcess process;
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
