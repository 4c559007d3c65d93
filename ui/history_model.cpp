#include "ui/history_model.h"

namespace msl {
namespace ui {

HistoryModel::HistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void HistoryModel::setHistory(std::shared_ptr<const Dataset> dataset,
                              const std::vector<ItemId>& items) {
  beginResetModel();
  dataset_ = std::move(dataset);
  items_ = items;
  endResetModel();
}

void HistoryModel::clear() {
  beginResetModel();
  items_.clear();
  endResetModel();
}

bool HistoryModel::appendItem(ItemId item) {
  if (!dataset_ || !dataset_->catalog.contains(item)) return false;
  const int row = rowCount();
  beginInsertRows({}, row, row);
  items_.push_back(item);
  endInsertRows();
  Q_EMIT historyEdited();
  return true;
}

bool HistoryModel::removeRows(int row, int count, const QModelIndex& parent) {
  if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount()) return false;
  beginRemoveRows(parent, row, row + count - 1);
  items_.erase(items_.begin() + row, items_.begin() + row + count);
  endRemoveRows();
  if (row < rowCount()) Q_EMIT headerDataChanged(Qt::Vertical, row, rowCount() - 1);
  Q_EMIT historyEdited();
  return true;
}

int HistoryModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(items_.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole) return {};
  const ItemId item = items_[static_cast<std::size_t>(index.row())];
  switch (index.column()) {
    case ItemColumn:
      return qlonglong(item);
    case TitleColumn:
      return QString::fromStdString(dataset_->catalog.title(item));
    default:
      return {};
  }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (role != Qt::DisplayRole) return {};
  if (orientation == Qt::Vertical) return section + 1;
  switch (section) {
    case ItemColumn:
      return tr("Item");
    case TitleColumn:
      return tr("Title");
    default:
      return {};
  }
}

}  // namespace ui
}  // namespace msl
