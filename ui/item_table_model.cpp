#include "ui/item_table_model.h"

#include <unordered_map>

namespace msl {
namespace ui {

ItemTableModel::ItemTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ItemTableModel::setSnapshot(const WorkspaceSnapshot& snapshot) {
  beginResetModel();
  snapshot_ = snapshot;
  itemsWithSameTitle_.clear();
  if (snapshot_.layer) {
    const auto& items = snapshot_.layer->dataset.catalog.items();
    std::unordered_map<std::string, int> counts;
    for (const Item& item : items) ++counts[item.title];
    for (const Item& item : items) itemsWithSameTitle_.push_back(counts[item.title]);
  }
  endResetModel();
}

int ItemTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(itemsWithSameTitle_.size());
}

int ItemTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemTableModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole) return {};
  const auto row = static_cast<std::size_t>(index.row());
  const Item& item = snapshot_.layer->dataset.catalog.items()[row];
  switch (index.column()) {
    case IdColumn:
      return QVariant::fromValue<qlonglong>(item.id);
    case TitleColumn:
      return QString::fromStdString(item.title);
    case TokensColumn:
      return QVariant::fromValue<qulonglong>(snapshot_.titleTokenCounts[row]);
    case SameTitleColumn:
      return itemsWithSameTitle_[row];
    default:
      return {};
  }
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case IdColumn:
      return tr("Id");
    case TitleColumn:
      return tr("Title");
    case TokensColumn:
      return tr("Title tokens");
    case SameTitleColumn:
      return tr("Items with this title");
    default:
      return {};
  }
}

}  // namespace ui
}  // namespace msl
