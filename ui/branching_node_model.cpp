#include "ui/branching_node_model.h"
#include "ui/plain_text.h"

namespace msl {
namespace ui {

BranchingNodeModel::BranchingNodeModel(QObject* parent) : QAbstractTableModel(parent) {}

void BranchingNodeModel::setNodes(std::vector<BranchingNode> nodes) {
  beginResetModel();
  nodes_ = std::move(nodes);
  endResetModel();
}

int BranchingNodeModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(nodes_.size());
}

int BranchingNodeModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant BranchingNodeModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
  const BranchingNode& node = nodes_[static_cast<std::size_t>(index.row())];
  if (role == Qt::ToolTipRole && index.column() == ExamplesColumn) {
    return plainToolTip(node.exampleTitles.join(QLatin1Char('\n')));
  }
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case PrefixColumn:
      return node.prefix.isEmpty() ? tr("(start of title)") : node.prefix;
    case DepthColumn:
      return static_cast<qulonglong>(node.depth);
    case ChildrenColumn:
      return static_cast<qulonglong>(node.children);
    case TitlesColumn:
      return static_cast<qulonglong>(node.titles);
    case ExamplesColumn:
      return node.exampleTitles.join(QStringLiteral(" · "));
    default:
      return {};
  }
}

QVariant BranchingNodeModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case PrefixColumn:
      return tr("Prefix");
    case DepthColumn:
      return tr("Depth");
    case ChildrenColumn:
      return tr("Valid next tokens");
    case TitlesColumn:
      return tr("Titles");
    case ExamplesColumn:
      return tr("Titles sharing the prefix");
    default:
      return {};
  }
}

}  // namespace ui
}  // namespace msl
