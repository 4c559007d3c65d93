#pragma once
// The invalid tokens the full softmax favours most at one target position: what LML spends
// gradient pushing down and MSL never looks at.
#include <QAbstractTableModel>
#include <vector>

#include "evaluation/position_probabilities.h"

namespace msl {
namespace ui {

class InvalidTokenModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { IdColumn, TextColumn, FullColumn, ColumnCount };

  explicit InvalidTokenModel(QObject* parent = nullptr);
  void setTokens(const Tokenizer& tokenizer, const std::vector<TokenProbability>& tokens);
  void clear();

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  struct Row {
    TokenId id;
    QString text;
    double full;
  };
  std::vector<Row> rows_;
};

}  // namespace ui
}  // namespace msl
