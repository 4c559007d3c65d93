#pragma once
// The catalog trie at a glance: nodes per depth, and the prefixes that branch the most with the
// titles that share them.
#include <QWidget>

#include "ui/workspace_snapshot.h"

class QTableView;
class QSortFilterProxyModel;

namespace msl {
namespace plots {
class BarChart;
}  // namespace plots
}  // namespace msl

namespace msl {
namespace ui {

class BranchingNodeModel;

class CatalogTrieView : public QWidget {
  Q_OBJECT

 public:
  explicit CatalogTrieView(QWidget* parent = nullptr);
  void showSnapshot(const WorkspaceSnapshot& snapshot);
  BranchingNodeModel* branchingModel() const { return branching_; }
  plots::BarChart* depthChart() const { return depths_; }

 private:
  plots::BarChart* depths_;
  BranchingNodeModel* branching_;
  QSortFilterProxyModel* proxy_;
  QTableView* table_;
};

}  // namespace ui
}  // namespace msl
