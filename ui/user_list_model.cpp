#include "ui/user_list_model.h"

#include <unordered_map>

namespace msl {
namespace ui {

UserListModel::UserListModel(QObject* parent) : QAbstractTableModel(parent) {}

void UserListModel::setSplit(std::shared_ptr<const Dataset> dataset, const std::string& split) {
  beginResetModel();
  rows_.clear();
  std::unordered_map<std::string, std::size_t> rowOf;
  const std::vector<Sample>& samples = dataset->split(split);
  for (std::size_t i = 0; i < samples.size(); ++i) {
    const Sample& sample = samples[i];
    auto [found, added] = rowOf.emplace(sample.userId, rows_.size());
    if (added) rows_.push_back({QString::fromStdString(sample.userId), 0, i, {}});
    Row& row = rows_[found->second];
    ++row.samples;
    row.lastSample = i;
    row.target = QString::fromStdString(dataset->catalog.title(sample.target()));
  }
  endResetModel();
}

void UserListModel::clear() {
  beginResetModel();
  rows_.clear();
  endResetModel();
}

int UserListModel::rowOfUser(const QString& userId) const {
  for (std::size_t i = 0; i < rows_.size(); ++i)
    if (rows_[i].user == userId) return static_cast<int>(i);
  return -1;
}

int UserListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int UserListModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
  const Row& row = rows_[static_cast<std::size_t>(index.row())];
  if (role == SampleIndexRole) return qulonglong(row.lastSample);
  if (role == UserIdRole) return row.user;
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case UserColumn:
      return row.user;
    case SamplesColumn:
      return row.samples;
    case TargetColumn:
      return row.target;
    default:
      return {};
  }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case UserColumn:
      return tr("User");
    case SamplesColumn:
      return tr("Samples");
    case TargetColumn:
      return tr("Next item");
    default:
      return {};
  }
}

}  // namespace ui
}  // namespace msl
