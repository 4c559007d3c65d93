#pragma once
// The users of one split of the workspace's dataset: id, how many samples they have there and
// the title of their last sample's target. Each row's last sample is the one recommended for.
#include <QAbstractTableModel>
#include <memory>
#include <vector>

#include "data/dataset.h"

namespace msl {
namespace ui {

class UserListModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { UserColumn, SamplesColumn, TargetColumn, ColumnCount };
  enum Role { SampleIndexRole = Qt::UserRole + 1, UserIdRole };

  explicit UserListModel(QObject* parent = nullptr);
  // `dataset` is kept alive by the caller's shared pointer.
  void setSplit(std::shared_ptr<const Dataset> dataset, const std::string& split);
  void clear();
  // The row of `userId`, or -1.
  int rowOfUser(const QString& userId) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  struct Row {
    QString user;
    int samples;
    std::size_t lastSample;
    QString target;
  };
  std::vector<Row> rows_;
};

}  // namespace ui
}  // namespace msl
