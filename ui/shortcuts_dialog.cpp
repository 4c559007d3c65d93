#include "ui/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace msl {
namespace ui {
namespace {

QString plain(QString text) {
  text.remove(QLatin1Char('&'));
  if (text.endsWith(QChar(0x2026))) text.chop(1);  // "Open…" reads as "Open" in a list
  return text;
}

void collect(const QMenu& menu, const QString& title, std::vector<ShortcutRow>& rows) {
  for (const QAction* action : menu.actions()) {
    if (action->menu()) {
      collect(*action->menu(), title, rows);
    } else if (!action->shortcut().isEmpty()) {
      rows.push_back(
          {title, plain(action->text()), action->shortcut().toString(QKeySequence::NativeText)});
    }
  }
}

}  // namespace

std::vector<ShortcutRow> menuShortcuts(const QMenuBar& menus) {
  std::vector<ShortcutRow> rows;
  for (const QAction* action : menus.actions()) {
    if (action->menu()) collect(*action->menu(), plain(action->text()), rows);
  }
  return rows;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar& menus, QWidget* parent)
    : QDialog(parent), table_(new QTableWidget(this)) {
  setWindowTitle(tr("Keyboard shortcuts"));
  const std::vector<ShortcutRow> rows = menuShortcuts(menus);
  table_->setColumnCount(3);
  table_->setHorizontalHeaderLabels({tr("Menu"), tr("Action"), tr("Keys")});
  table_->setRowCount(static_cast<int>(rows.size()));
  for (int row = 0; row < table_->rowCount(); ++row) {
    table_->setItem(row, 0, new QTableWidgetItem(rows[row].menu));
    table_->setItem(row, 1, new QTableWidgetItem(rows[row].action));
    table_->setItem(row, 2, new QTableWidgetItem(rows[row].keys));
  }
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->verticalHeader()->setVisible(false);
  table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
  table_->resizeColumnsToContents();
  table_->setAccessibleName(tr("Keyboard shortcuts"));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(table_);
  layout->addWidget(buttons);
  resize(520, 420);
}

}  // namespace ui
}  // namespace msl
