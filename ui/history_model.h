#pragma once
// A user's history (oldest first) as the user edits it on the Recommendations page: items can be
// removed and appended, and every change is announced so that the recommendations follow.
#include <QAbstractTableModel>
#include <memory>
#include <vector>

#include "data/dataset.h"

namespace msl {
namespace ui {

class HistoryModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  // Positions are the vertical header: a removal renumbers the rows below it.
  enum Column { ItemColumn, TitleColumn, ColumnCount };

  explicit HistoryModel(QObject* parent = nullptr);
  void setHistory(std::shared_ptr<const Dataset> dataset, const std::vector<ItemId>& items);
  void clear();
  // Returns false (and changes nothing) for an item that is not in the catalog.
  bool appendItem(ItemId item);
  const std::vector<ItemId>& items() const { return items_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
  bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

 Q_SIGNALS:
  void historyEdited();

 private:
  std::shared_ptr<const Dataset> dataset_;
  std::vector<ItemId> items_;
};

}  // namespace ui
}  // namespace msl
