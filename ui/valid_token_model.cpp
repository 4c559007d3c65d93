#include "ui/valid_token_model.h"

#include <QFont>

#include <unordered_map>

#include "ui/probability_text.h"
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

void ValidTokenModel::setProbabilities(const PositionProbabilities& position) {
  std::unordered_map<TokenId, const TokenProbability*> byToken;
  for (const TokenProbability& token : position.valid) byToken.emplace(token.token, &token);
  for (Row& row : rows_) {
    const auto found = byToken.find(row.id);
    row.masked = found == byToken.end() ? -1 : found->second->masked;
    row.full = found == byToken.end() ? -1 : found->second->full;
  }
  if (!rows_.empty()) Q_EMIT dataChanged(index(0, MaskedColumn), index(rowCount() - 1, FullColumn));
}

void ValidTokenModel::clearProbabilities() {
  for (Row& row : rows_) row.masked = row.full = -1;
  if (!rows_.empty()) Q_EMIT dataChanged(index(0, MaskedColumn), index(rowCount() - 1, FullColumn));
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
  if (role == Qt::UserRole && index.column() == MaskedColumn && row.masked >= 0) return row.masked;
  if (role == Qt::UserRole && index.column() == FullColumn && row.full >= 0) return row.full;
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case IdColumn:
      return row.id;
    case TextColumn:
      return row.text;
    case TargetColumn:
      return row.isTarget ? tr("target") : QString();
    case MaskedColumn:
      return row.masked >= 0 ? probabilityText(row.masked) : QString();
    case FullColumn:
      return row.full >= 0 ? probabilityText(row.full) : QString();
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
    case MaskedColumn:
      return tr("Masked softmax p");
    case FullColumn:
      return tr("Full softmax p");
    default:
      return {};
  }
}

}  // namespace ui
}  // namespace msl
