#pragma once
// The main window's Help menu entry whose text, without its & mnemonic, is `text`.
#include <QAction>
#include <QMenu>
#include <QMenuBar>

#include "ui/main_window.h"

inline QAction* helpAction(const msl::ui::MainWindow& window, const QString& text) {
  for (const QAction* menu : window.menuBar()->actions()) {
    if (!menu->menu() || menu->text().remove(QLatin1Char('&')) != QLatin1String("Help")) continue;
    for (QAction* action : menu->menu()->actions())
      if (action->text().remove(QLatin1Char('&')) == text) return action;
  }
  return nullptr;
}
