#include "ui/invalid_token_model.h"

#include "ui/probability_text.h"
#include "ui/token_text.h"

namespace msl {
namespace ui {

InvalidTokenModel::InvalidTokenModel(QObject* parent) : QAbstractTableModel(parent) {}

void InvalidTokenModel::setTokens(const Tokenizer& tokenizer,
                                  const std::vector<TokenProbability>& tokens) {
  beginResetModel();
  rows_.clear();
  for (const TokenProbability& token : tokens)
    rows_.push_back({token.token, tokenDisplayText(tokenizer, token.token), token.full});
  endResetModel();
}

void InvalidTokenModel::clear() {
  beginResetModel();
  rows_.clear();
  endResetModel();
}

int InvalidTokenModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int InvalidTokenModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvalidTokenModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
  const Row& row = rows_[static_cast<std::size_t>(index.row())];
  if (role == Qt::UserRole && index.column() == FullColumn) return row.full;
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case IdColumn:
      return row.id;
    case TextColumn:
      return row.text;
    case FullColumn:
      return probabilityText(row.full);
    default:
      return {};
  }
}

QVariant InvalidTokenModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case IdColumn:
      return tr("Token id");
    case TextColumn:
      return tr("Invalid token");
    case FullColumn:
      return tr("Full softmax p");
    default:
      return {};
  }
}

}  // namespace ui
}  // namespace msl
