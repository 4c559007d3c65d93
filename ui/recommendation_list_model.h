#pragma once
// One model's top-K titles for a history: rank, title, score (length-normalised log-probability),
// the catalog items sharing the title; the row of the user's known next item is highlighted.
#include <QAbstractTableModel>
#include <optional>
#include <vector>

#include "evaluation/evaluation_result.h"

namespace msl {
namespace ui {

class RecommendationListModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { RankColumn, TitleColumn, ScoreColumn, ItemsColumn, ColumnCount };
  enum Role { HitRole = Qt::UserRole + 1 };

  explicit RecommendationListModel(QObject* parent = nullptr);
  // hit: the row of the target title, if it is in the list.
  void setTitles(const std::vector<RecommendedTitle>& titles, std::optional<std::size_t> hit);
  void clear();
  std::optional<std::size_t> hitRow() const { return hit_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  std::vector<RecommendedTitle> titles_;
  std::optional<std::size_t> hit_;
};

}  // namespace ui
}  // namespace msl
