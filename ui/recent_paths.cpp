#include "ui/recent_paths.h"

#include <QMenu>
#include <QSettings>

namespace msl {
namespace ui {

RecentPaths::RecentPaths(QString settingsKey, int limit)
    : key_(std::move(settingsKey)), limit_(limit) {}

QStringList RecentPaths::paths() const {
  return QSettings().value(key_).toStringList();
}

void RecentPaths::add(const QString& path) {
  QStringList list = paths();
  list.removeAll(path);
  list.prepend(path);
  while (list.size() > limit_) list.removeLast();
  QSettings().setValue(key_, list);
}

void RecentPaths::fillMenu(QMenu& menu, QObject* context,
                           const std::function<void(const QString&)>& open) const {
  menu.clear();
  const QStringList list = paths();
  for (const QString& path : list) menu.addAction(path, context, [open, path] { open(path); });
  menu.setEnabled(!list.isEmpty());
}

}  // namespace ui
}  // namespace msl
