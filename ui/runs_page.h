#pragma once
// The Runs page: every run of the experiment store in a sortable table; the selected runs'
// curves of any stored quantity overlaid (the objective, the τ-free loss, τ, invalid mass,
// validation NDCG@10 per evaluation, ...); their latest evaluations side by side with paired
// tests against a reference run; rename, delete (after confirmation), export, and baseline runs
// added for the workspace's dataset (core/baselines). The store is read in the background and
// re-read every few seconds so running trainings show up.
#include <QTimer>
#include <QWidget>

#include "store/run_summary.h"
#include "ui/run_comparison.h"
#include "ui/run_curve.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QSortFilterProxyModel;
class QTableView;

namespace msl {
namespace plots {
class LiveChart;
}  // namespace plots
}  // namespace msl

namespace msl {
namespace ui {

class DemoPanel;
class RunTableModel;
class StoreReader;

class RunsPage : public QWidget {
  Q_OBJECT

 public:
  explicit RunsPage(QWidget* parent = nullptr);

  void setStorePath(const QString& path);
  QString storePath() const;
  RunTableModel* runModel() const { return runs_; }
  plots::LiveChart* lossChart() const { return chart_; }
  QTableView* table() const { return table_; }
  QComboBox* quantityChooser() const { return quantity_; }
  QComboBox* referenceChooser() const { return reference_; }
  QComboBox* splitChooser() const { return split_; }
  QTableWidget* comparisonTable() const { return comparison_; }
  // The workspace's dataset: what "Add baselines" fits and evaluates.
  void setDataDir(const QString& dir);
  QPushButton* baselinesButton() const { return baselinesButton_; }
  // "Train the demo runs", shown while the demo workspace is open.
  DemoPanel* demoPanel() const { return demo_; }

 public Q_SLOTS:
  void refresh();
  void renameSelected();
  void deleteSelected();
  void exportSelected();
  void addBaselines();
  // Selects every run and exports the chart of each quantity (run_quantity.h keys) into `dir`
  // (created if needed) as a PNG named after the key ("step:tau" -> tau.png,
  // "eval:valid:NDCG@10" -> valid-NDCG@10.png), then emits chartsExported: the figures of
  // docs/results.md, made by the chart a user sees (msl-workbench --export-charts).
  void exportCharts(const QString& dir, const QStringList& quantityKeys);

 Q_SIGNALS:
  void statusMessage(const QString& message);
  // The user selected this one trained run (runs/run_counterpart.h: not a baseline): the pages
  // that load a model follow it. Not repeated while the same run stays selected.
  void runSelected(msl::RunId run);
  // The files exportCharts wrote; one missing from the list could not be written.
  void chartsExported(const QStringList& files);

 private:
  std::vector<RunId> selectedRuns() const;
  void showRuns(const std::vector<RunSummary>& runs);
  void selectionChanged();
  void followSelectedRun();
  void requestCurves();
  void requestComparison();
  void showCurves(const RunCurves& curves);
  void showComparison(const QVector<RunComparisonRow>& rows);
  void selectEveryRun();
  void exportNextChart();

  StoreReader* reader_;
  RunTableModel* runs_;
  QSortFilterProxyModel* proxy_;
  QTableView* table_;
  plots::LiveChart* chart_;
  QComboBox* quantity_;
  QComboBox* split_;
  QComboBox* reference_;
  QTableWidget* comparison_;
  RunId followedRun_ = 0;
  bool followsSelection_ = true;  // false while the page selects a run itself
  RunId chosenReference_ = 0;     // picked by the user; 0 = the natural one (defaultReference)
  QLabel* storeLabel_;
  QLabel* error_;
  QPushButton* baselinesButton_ = nullptr;
  DemoPanel* demo_;
  bool selectAllOnNextListing_ = false;
  QString dataDir_;
  QString exportDir_;
  QStringList pendingExports_;  // quantity keys still to chart and export, the current first
  QStringList exportedFiles_;
  QTimer pollTimer_;
};

}  // namespace ui
}  // namespace msl
