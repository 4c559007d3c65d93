#include "ui/catalog_trie_view.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "plots/bar_chart.h"
#include "ui/branching_node_model.h"
#include "ui/plain_text.h"

namespace msl {
namespace ui {

CatalogTrieView::CatalogTrieView(QWidget* parent)
    : QWidget(parent),
      depths_(new plots::BarChart(this)),
      branching_(new BranchingNodeModel(this)),
      proxy_(new QSortFilterProxyModel(this)),
      table_(new QTableView(this)) {
  depths_->setAxisLabels(tr("Depth (tokens from the start of the title)"), tr("Trie nodes"));
  proxy_->setSourceModel(branching_);
  table_->setModel(proxy_);
  table_->setSortingEnabled(true);
  table_->sortByColumn(BranchingNodeModel::ChildrenColumn, Qt::DescendingOrder);
  table_->verticalHeader()->setVisible(false);
  table_->horizontalHeader()->setResizeContentsPrecision(100);  // not 1000 rows per resize
  table_->horizontalHeader()->setSectionResizeMode(BranchingNodeModel::ExamplesColumn,
                                                   QHeaderView::Stretch);
  table_->setAccessibleName(tr("Largest branching prefixes"));
  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->setObjectName(QStringLiteral("trieSplitter"));  // kept by ui/window_layout.h
  splitter->addWidget(depths_);
  splitter->addWidget(table_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(splitter);
}

void CatalogTrieView::showSnapshot(const WorkspaceSnapshot& snapshot) {
  QVector<double> keys;
  QVector<double> values;
  const auto& perDepth = snapshot.trieOverview.nodesPerDepth;
  for (std::size_t depth = 1; depth < perDepth.size(); ++depth) {
    keys << double(depth);
    values << double(perDepth[depth]);
  }
  depths_->setBars(keys, values);
  branching_->setNodes(snapshot.trieOverview.largestBranching);
  resizeColumnsToContents(table_);
}

}  // namespace ui
}  // namespace msl
