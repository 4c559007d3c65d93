#pragma once
// Every run in the experiment store: name, status, last loss, best and last NDCG@10, date,
// duration, steps. Numbers stay numbers in the display role so sorting is numeric.
#include <QAbstractTableModel>
#include <vector>

#include "store/run_summary.h"

namespace msl {
namespace ui {

class RunTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    NameColumn,
    StatusColumn,
    KindColumn,  // the loss an LLM run trained with, or the baseline's name
    LossColumn,
    BestNdcgColumn,
    LastNdcgColumn,
    CreatedColumn,
    DurationColumn,
    StepsColumn,
    ColumnCount
  };
  static constexpr int RunIdRole = Qt::UserRole + 1;

  explicit RunTableModel(QObject* parent = nullptr);
  void setRuns(std::vector<RunSummary> runs);
  const std::vector<RunSummary>& runs() const { return runs_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  std::vector<RunSummary> runs_;
};

}  // namespace ui
}  // namespace msl
