#include "ui/recent_paths.h"

#include <QMenu>
#include <QMutex>
#include <QSettings>
#include <QtConcurrent>
#include <optional>

namespace msl {
namespace ui {

struct RecentPaths::Latest {
  QMutex mutex;                      // guards `paths`, held only to copy it
  std::optional<QStringList> paths;  // set by add(), before the file has it
  QMutex writing;                    // one write at a time
};

RecentPaths::RecentPaths(QString settingsKey, int limit)
    : key_(std::move(settingsKey)), limit_(limit), latest_(std::make_shared<Latest>()) {}

RecentPaths::~RecentPaths() {
  writing_.waitForFinished();
}

QStringList RecentPaths::paths() const {
  {
    QMutexLocker lock(&latest_->mutex);
    if (latest_->paths) return *latest_->paths;
  }
  return QSettings().value(key_).toStringList();
}

void RecentPaths::add(const QString& path) {
  QStringList list = paths();
  list.removeAll(path);
  list.prepend(path);
  while (list.size() > limit_) list.removeLast();
  {
    QMutexLocker lock(&latest_->mutex);
    latest_->paths = list;
  }
  // Writes run one at a time and each stores the newest list when it starts, so the last one
  // leaves the newest list in the file whichever order the pool runs them in.
  writing_ = QtConcurrent::run([latest = latest_, key = key_] {
    QMutexLocker writing(&latest->writing);
    QStringList newest;
    {
      QMutexLocker lock(&latest->mutex);
      newest = *latest->paths;
    }
    QSettings settings;
    settings.setValue(key, newest);
    settings.sync();
  });
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
