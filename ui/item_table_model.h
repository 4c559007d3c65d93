#pragma once
// The catalog as a table: id, title, title tokens and how many items share the title.
// Display values are numbers where they are numbers, so a QSortFilterProxyModel sorts them
// numerically.
#include <QAbstractTableModel>

#include "ui/workspace_snapshot.h"

namespace msl {
namespace ui {

class ItemTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { IdColumn, TitleColumn, TokensColumn, SameTitleColumn, ColumnCount };

  explicit ItemTableModel(QObject* parent = nullptr);
  void setSnapshot(const WorkspaceSnapshot& snapshot);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  WorkspaceSnapshot snapshot_;
  std::vector<int> itemsWithSameTitle_;
};

}  // namespace ui
}  // namespace msl
