#pragma once
// Reads and edits the experiment store off the UI thread. Each call opens its own connection in
// the worker (the store is one connection per thread) and posts the outcome back through queued
// signals; results of requests superseded by newer ones are dropped.
#include <QObject>
#include <QString>
#include <vector>

#include "store/run_summary.h"
#include "ui/job_tracker.h"
#include "ui/run_comparison.h"
#include "ui/run_curve.h"

namespace msl {
namespace ui {

class StoreReader : public QObject {
  Q_OBJECT

 public:
  explicit StoreReader(QObject* parent = nullptr);

  void setStorePath(const QString& path) { path_ = path; }
  const QString& storePath() const { return path_; }

  void listRuns();
  // The runs' curves of one quantity (ui/run_quantity.h) and their evaluation quantities.
  void readCurves(const std::vector<RunId>& runs, const QString& quantityKey);
  // The runs' latest evaluations of `split` against the reference's (ui/run_comparison.h).
  void readComparison(const std::vector<RunId>& runs, RunId reference, const QString& split);
  void renameRun(RunId run, const QString& name);
  void deleteRun(RunId run);
  // CSV or JSON by the file suffix (store/run_export.h).
  void exportRun(RunId run, const QString& file);
  // Fits and evaluates every baseline on the dataset's test split, recording each as a run.
  void addBaselines(const QString& dataDir);

 Q_SIGNALS:
  void runsListed(const std::vector<msl::RunSummary>& runs);
  void curvesRead(const msl::ui::RunCurves& curves);
  void comparisonRead(const QVector<msl::ui::RunComparisonRow>& rows);
  void changed(const QString& message);  // after rename, delete, export
  void failed(const QString& message);

 private:
  // tracker: the kind of read a newer one supersedes; nullptr for edits, which never are.
  template <typename Work, typename Deliver>
  void run(JobTracker* tracker, Work work, Deliver deliver);

  QString path_;
  JobTracker listJobs_;
  JobTracker curveJobs_;
  JobTracker comparisonJobs_;
};

}  // namespace ui
}  // namespace msl

Q_DECLARE_METATYPE(std::vector<msl::RunSummary>)
Q_DECLARE_METATYPE(msl::ui::RunCurves)
