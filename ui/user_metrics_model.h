#pragma once
// Per-user metrics of a stored evaluation (metrics/user_metrics.h): user, samples, NDCG@10,
// HR@10 and reciprocal rank, best users first. Sorting a proxy by NDCG@10 ascending lists the
// worst users first.
#include <QAbstractTableModel>
#include <vector>

#include "metrics/user_metrics.h"

namespace msl {
namespace ui {

class UserMetricsModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    UserColumn,
    SamplesColumn,
    NdcgColumn,
    HitColumn,
    ReciprocalRankColumn,
    ColumnCount
  };

  explicit UserMetricsModel(QObject* parent = nullptr);
  void setUsers(const std::vector<UserMetrics>& users);
  void clear();
  const std::vector<UserMetrics>& users() const { return users_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  // Display text; Qt::UserRole holds the number for sorting.
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  std::vector<UserMetrics> users_;
};

}  // namespace ui
}  // namespace msl
