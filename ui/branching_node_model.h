#pragma once
// The trie's most branching prefixes: prefix text, depth, valid next tokens, titles below, and
// a few of the titles that share the prefix.
#include <QAbstractTableModel>

#include "ui/trie_overview.h"

namespace msl {
namespace ui {

class BranchingNodeModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    PrefixColumn,
    DepthColumn,
    ChildrenColumn,
    TitlesColumn,
    ExamplesColumn,
    ColumnCount
  };

  explicit BranchingNodeModel(QObject* parent = nullptr);
  void setNodes(std::vector<BranchingNode> nodes);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  std::vector<BranchingNode> nodes_;
};

}  // namespace ui
}  // namespace msl
