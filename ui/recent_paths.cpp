#include "ui/recent_paths.h"

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

}  // namespace ui
}  // namespace msl
