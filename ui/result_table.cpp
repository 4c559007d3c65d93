#include "ui/result_table.h"

#include <QHeaderView>
#include <QTableView>

namespace msl {
namespace ui {

QTableView* makeResultTable(QAbstractItemModel* model, const QString& accessibleName,
                            QWidget* parent) {
  auto* view = new QTableView(parent);
  view->setModel(model);
  view->verticalHeader()->setVisible(false);
  view->horizontalHeader()->setStretchLastSection(true);
  // resizeColumnsToContents() on a hidden table reads up to this many rows (Qt's default: 1000).
  view->horizontalHeader()->setResizeContentsPrecision(100);
  view->setSelectionBehavior(QAbstractItemView::SelectRows);
  view->setSelectionMode(QAbstractItemView::SingleSelection);
  view->setAccessibleName(accessibleName);
  return view;
}

}  // namespace ui
}  // namespace msl
