#pragma once
// The read-only result tables of the model pages: whole-row selection, no row numbers, the last
// column stretched, named for screen readers.
#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace msl {
namespace ui {

QTableView* makeResultTable(QAbstractItemModel* model, const QString& accessibleName,
                            QWidget* parent);

}  // namespace ui
}  // namespace msl
