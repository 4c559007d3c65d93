#include "ui/recommendation_list_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStringList>

namespace msl {
namespace ui {

RecommendationListModel::RecommendationListModel(QObject* parent) : QAbstractTableModel(parent) {}

void RecommendationListModel::setTitles(const std::vector<RecommendedTitle>& titles,
                                        std::optional<std::size_t> hit) {
  beginResetModel();
  titles_ = titles;
  hit_ = hit && *hit < titles.size() ? hit : std::nullopt;
  endResetModel();
}

void RecommendationListModel::clear() {
  beginResetModel();
  titles_.clear();
  hit_.reset();
  endResetModel();
}

int RecommendationListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(titles_.size());
}

int RecommendationListModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecommendationListModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
  const auto row = static_cast<std::size_t>(index.row());
  const RecommendedTitle& title = titles_[row];
  const bool hit = hit_ == row;
  switch (role) {
    case HitRole:
      return hit;
    case Qt::BackgroundRole:
      return hit ? QVariant(QBrush(QColor(0x4c, 0xaf, 0x50, 90))) : QVariant();
    case Qt::FontRole: {
      if (!hit) return {};
      QFont font;
      font.setBold(true);
      return font;
    }
    case Qt::ToolTipRole:
      return hit ? tr("The user's next item") : QVariant();
    case Qt::DisplayRole:
      break;
    default:
      return {};
  }
  switch (index.column()) {
    case RankColumn:
      return index.row() + 1;
    case TitleColumn:
      return QString::fromStdString(title.title);
    case ScoreColumn:
      return QString::number(title.score, 'f', 4);
    case ItemsColumn: {
      QStringList items;
      for (ItemId item : title.items) items << QString::number(item);
      return items.join(QStringLiteral(", "));
    }
    default:
      return {};
  }
}

QVariant RecommendationListModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case RankColumn:
      return tr("Rank");
    case TitleColumn:
      return tr("Title");
    case ScoreColumn:
      return tr("Score");
    case ItemsColumn:
      return tr("Items");
    default:
      return {};
  }
}

}  // namespace ui
}  // namespace msl
