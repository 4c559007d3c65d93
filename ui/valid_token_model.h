#pragma once
// The valid tokens at one target position of one sample (the children of the trie node the
// target has reached): id, text, whether it is the target's own next token and, once a model has
// been run on the sample, its probability under the masked and under the full softmax.
#include <QAbstractTableModel>
#include <vector>

#include "evaluation/position_probabilities.h"
#include "ui/workspace_snapshot.h"

namespace msl {
namespace ui {

class ValidTokenModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { IdColumn, TextColumn, TargetColumn, MaskedColumn, FullColumn, ColumnCount };

  explicit ValidTokenModel(QObject* parent = nullptr);
  void setPosition(const WorkspaceSnapshot& snapshot, std::size_t sample, std::size_t position);
  void clear();
  // Probabilities of the position shown; tokens missing from `position` show none.
  void setProbabilities(const PositionProbabilities& position);
  void clearProbabilities();

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  struct Row {
    TokenId id;
    QString text;
    bool isTarget;
    double masked = -1;  // -1: no model result
    double full = -1;
  };
  std::vector<Row> rows_;
};

}  // namespace ui
}  // namespace msl
