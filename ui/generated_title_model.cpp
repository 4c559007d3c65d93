#include "ui/generated_title_model.h"

#include <QFont>

#include "ui/probability_text.h"

namespace msl {
namespace ui {

GeneratedTitleModel::GeneratedTitleModel(QObject* parent) : QAbstractTableModel(parent) {}

void GeneratedTitleModel::setTitles(const std::vector<GeneratedTitle>& titles) {
  beginResetModel();
  titles_ = titles;
  endResetModel();
}

void GeneratedTitleModel::clear() {
  beginResetModel();
  titles_.clear();
  endResetModel();
}

int GeneratedTitleModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(titles_.size());
}

int GeneratedTitleModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant GeneratedTitleModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
  const GeneratedTitle& title = titles_[static_cast<std::size_t>(index.row())];
  if (role == InCatalogRole) return title.inCatalog;
  if (role == Qt::FontRole && !title.inCatalog) {
    QFont font;
    font.setItalic(true);
    return font;
  }
  if (role == Qt::ToolTipRole && !title.inCatalog)
    return tr("No catalog item has this title: the model invented it");
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case TitleColumn:
      return QString::fromStdString(title.title) +
             (title.endedWithEos ? QString() : QStringLiteral("…"));
    case FirstTokenColumn:
      return probabilityText(title.firstTokenProbability);
    case CatalogColumn:
      return title.inCatalog ? tr("in catalog") : tr("invented");
    default:
      return {};
  }
}

QVariant GeneratedTitleModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case TitleColumn:
      return tr("Generated title");
    case FirstTokenColumn:
      return tr("First token p");
    case CatalogColumn:
      return tr("Catalog");
    default:
      return {};
  }
}

}  // namespace ui
}  // namespace msl
