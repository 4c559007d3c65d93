#pragma once
// Help > Keyboard shortcuts: every menu action that has a shortcut, read from the window's menu
// bar when the dialog opens, so the list cannot drift from what the keys do.
#include <QDialog>
#include <QString>
#include <vector>

class QMenuBar;
class QTableWidget;

namespace msl {
namespace ui {

struct ShortcutRow {
  QString menu;    // "File"
  QString action;  // "Open checkpoint folder"
  QString keys;    // "Ctrl+Shift+O", in the platform's notation
};

// Menu order, then action order; mnemonic ampersands and trailing ellipses removed.
std::vector<ShortcutRow> menuShortcuts(const QMenuBar& menus);

class ShortcutsDialog : public QDialog {
  Q_OBJECT

 public:
  explicit ShortcutsDialog(const QMenuBar& menus, QWidget* parent = nullptr);
  QTableWidget* table() const { return table_; }

 private:
  QTableWidget* table_;
};

}  // namespace ui
}  // namespace msl
