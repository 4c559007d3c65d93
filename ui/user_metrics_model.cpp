#include "ui/user_metrics_model.h"

namespace msl {
namespace ui {

UserMetricsModel::UserMetricsModel(QObject* parent) : QAbstractTableModel(parent) {}

void UserMetricsModel::setUsers(const std::vector<UserMetrics>& users) {
  beginResetModel();
  users_ = users;
  endResetModel();
}

void UserMetricsModel::clear() {
  beginResetModel();
  users_.clear();
  endResetModel();
}

int UserMetricsModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(users_.size());
}

int UserMetricsModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserMetricsModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
  if (role != Qt::DisplayRole && role != Qt::UserRole) return {};
  const UserMetrics& user = users_[static_cast<std::size_t>(index.row())];
  const bool text = role == Qt::DisplayRole;
  const auto number = [text](double value) -> QVariant {
    return text ? QVariant(QString::number(value, 'f', 4)) : QVariant(value);
  };
  switch (index.column()) {
    case UserColumn:
      return QString::fromStdString(user.userId);
    case SamplesColumn:
      return qulonglong(user.samples);
    case NdcgColumn:
      return number(user.ndcgAt10);
    case HitColumn:
      return number(user.hitAt10);
    case ReciprocalRankColumn:
      return number(user.reciprocalRank);
    default:
      return {};
  }
}

QVariant UserMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case UserColumn:
      return tr("User");
    case SamplesColumn:
      return tr("Samples");
    case NdcgColumn:
      return tr("NDCG@10");
    case HitColumn:
      return tr("HR@10");
    case ReciprocalRankColumn:
      return tr("MRR");
    default:
      return {};
  }
}

}  // namespace ui
}  // namespace msl
