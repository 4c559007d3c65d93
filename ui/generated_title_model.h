#pragma once
// What the model writes without the catalog constraint, one row per forced first token: the
// title, that token's probability, and whether the title exists in the catalog; invented
// (fictitious) titles are marked.
#include <QAbstractTableModel>
#include <vector>

#include "evaluation/position_probabilities.h"

namespace msl {
namespace ui {

class GeneratedTitleModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { TitleColumn, FirstTokenColumn, CatalogColumn, ColumnCount };
  enum Role { InCatalogRole = Qt::UserRole + 1 };

  explicit GeneratedTitleModel(QObject* parent = nullptr);
  void setTitles(const std::vector<GeneratedTitle>& titles);
  void clear();

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  std::vector<GeneratedTitle> titles_;
};

}  // namespace ui
}  // namespace msl
