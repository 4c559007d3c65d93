#include "ui/sample_list_model.h"

namespace msl {
namespace ui {

SampleListModel::SampleListModel(QObject* parent) : QAbstractTableModel(parent) {}

void SampleListModel::setSnapshot(const WorkspaceSnapshot& snapshot) {
  beginResetModel();
  snapshot_ = snapshot;
  endResetModel();
}

int SampleListModel::rowCount(const QModelIndex& parent) const {
  if (parent.isValid() || !snapshot_.layer) return 0;
  return static_cast<int>(snapshot_.layer->samples().size());
}

int SampleListModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant SampleListModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
  if (role == SampleIndexRole) return index.row();
  if (role != Qt::DisplayRole) return {};
  const Sample& sample = snapshot_.layer->samples()[static_cast<std::size_t>(index.row())];
  switch (index.column()) {
    case IndexColumn:
      return index.row();
    case UserColumn:
      return QString::fromStdString(sample.userId);
    case TargetColumn:
      return QString::fromStdString(snapshot_.layer->dataset.catalog.title(sample.target()));
    case HistoryColumn:
      return static_cast<int>(sample.itemIds.size() - 1);
    default:
      return {};
  }
}

QVariant SampleListModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case IndexColumn:
      return tr("Sample");
    case UserColumn:
      return tr("User");
    case TargetColumn:
      return tr("Target title");
    case HistoryColumn:
      return tr("History");
    default:
      return {};
  }
}

}  // namespace ui
}  // namespace msl
