#include "ui/window_layout.h"

#include <QSettings>
#include <QSplitter>

namespace msl {
namespace ui {
namespace {

QString keyOf(const QSplitter& splitter) {
  return QStringLiteral("layout/") + splitter.objectName();
}

}  // namespace

void saveSplitterSizes(const QWidget& root, QSettings& settings) {
  for (const QSplitter* splitter : root.findChildren<QSplitter*>()) {
    if (!splitter->objectName().isEmpty())
      settings.setValue(keyOf(*splitter), splitter->saveState());
  }
}

void restoreSplitterSizes(QWidget& root, const QSettings& settings) {
  for (QSplitter* splitter : root.findChildren<QSplitter*>()) {
    if (splitter->objectName().isEmpty()) continue;
    const QByteArray state = settings.value(keyOf(*splitter)).toByteArray();
    if (!state.isEmpty()) splitter->restoreState(state);
  }
}

}  // namespace ui
}  // namespace msl
