#pragma once
// The Inspect masks page's list of samples: every sample of the workspace (user, target title,
// history length), searchable by user or title and sortable; choosing a row announces its
// sample index.
#include <QWidget>
#include <cstddef>

#include "ui/workspace_snapshot.h"

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace msl {
namespace ui {

class SampleListModel;

class SampleListPanel : public QWidget {
  Q_OBJECT

 public:
  explicit SampleListPanel(QWidget* parent = nullptr);

  // Lists the snapshot's samples and selects the first.
  void showSnapshot(const WorkspaceSnapshot& snapshot);
  SampleListModel* model() const { return samples_; }

 Q_SIGNALS:
  void sampleChosen(std::size_t sample);

 private:
  SampleListModel* samples_;
  QSortFilterProxyModel* proxy_;
  QLineEdit* filter_;
  QTableView* table_;
};

}  // namespace ui
}  // namespace msl
