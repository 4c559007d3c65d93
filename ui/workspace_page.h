#pragma once
// The Workspace page: open a dataset folder or create the demo workspace, then its figures
// (items, users, samples per split, title token lengths, duplicates, drift, first-position n)
// and a searchable, sortable item table; beside them the model box (ui/model_panel.h).
#include <QWidget>

#include "ui/workspace_snapshot.h"

class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace msl {
namespace plots {
class BarChart;
}  // namespace plots
}  // namespace msl

namespace msl {
namespace ui {

class ItemTableModel;
class ModelPanel;

class WorkspacePage : public QWidget {
  Q_OBJECT

 public:
  explicit WorkspacePage(QWidget* parent = nullptr);

  // The figure shown for a statistic (objectName of its value label), for tests.
  QString statisticText(const QString& key) const;
  ItemTableModel* itemModel() const { return items_; }
  QSortFilterProxyModel* itemProxy() const { return proxy_; }
  QTableView* itemTable() const { return table_; }
  plots::BarChart* titleLengthChart() const { return titleLengths_; }
  ModelPanel* modelPanel() const { return modelPanel_; }

 public Q_SLOTS:
  void showProgress(const QString& stage, int percent);
  void showSnapshot(const msl::ui::WorkspaceSnapshot& snapshot);
  void showError(const QString& message);

 Q_SIGNALS:
  void openDatasetRequested();
  void createDemoRequested();

 private:
  QLabel* addStatistic(const QString& key, const QString& label);
  void setBusy(bool busy);

  QPushButton* openButton_;
  QPushButton* demoButton_;
  QProgressBar* progress_;
  QLabel* stage_;
  QLabel* error_;
  QFormLayout* statistics_;
  plots::BarChart* titleLengths_;
  QLineEdit* filter_;
  ItemTableModel* items_;
  QSortFilterProxyModel* proxy_;
  QTableView* table_;
  ModelPanel* modelPanel_;
};

}  // namespace ui
}  // namespace msl
