#include "ui/valid_token_model.h"

#include <QFont>

#include "ui/token_text.h"

namespace msl {
namespace ui {

ValidTokenModel::ValidTokenModel(QObject* parent) : QAbstractTableModel(parent) {}

void ValidTokenModel::setPosition(const WorkspaceSnapshot& snapshot, std::size_t sample,
                                  std::size_t position) {
  beginResetModel();
  rows_.clear();
  const TextLayer& layer = *snapshot.layer;
  const TokenId target = layer.masks.targetToken(sample, position);
  for (TokenId token : layer.masks.validTokens(sample, position)) {
    rows_.push_back({token, tokenDisplayText(layer.tokenizer, token), token == target});
  }
  endResetModel();
}

void ValidTokenModel::clear() {
  beginResetModel();
  rows_.clear();
  endResetModel();
}

int ValidTokenModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ValidTokenModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValidTokenModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
  const Row& row = rows_[static_cast<std::size_t>(index.row())];
  if (role == Qt::FontRole && row.isTarget) {
    QFont font;
    font.setBold(true);
    return font;
  }
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case IdColumn:
      return row.id;
    case TextColumn:
      return row.text;
    case TargetColumn:
      return row.isTarget ? tr("target") : QString();
    default:
      return {};
  }
}

QVariant ValidTokenModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case IdColumn:
      return tr("Token id");
    case TextColumn:
      return tr("Text");
    case TargetColumn:
      return tr("Target");
    default:
      return {};
  }
}

}  // namespace ui
}  // namespace msl
