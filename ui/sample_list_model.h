#pragma once
// The samples of the text layer's split: index, user, target title, history length.
#include <QAbstractTableModel>

#include "ui/workspace_snapshot.h"

namespace msl {
namespace ui {

class SampleListModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { IndexColumn, UserColumn, TargetColumn, HistoryColumn, ColumnCount };
  static constexpr int SampleIndexRole = Qt::UserRole + 1;

  explicit SampleListModel(QObject* parent = nullptr);
  void setSnapshot(const WorkspaceSnapshot& snapshot);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  WorkspaceSnapshot snapshot_;
};

}  // namespace ui
}  // namespace msl
