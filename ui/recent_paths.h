#pragma once
// Recently opened folders (datasets, checkpoints) kept in QSettings, newest first.
//
// add() takes effect at once for this object, but the settings file is written on a pool thread:
// QSettings replaces its file through an fsync'd save, which takes 100 ms and more when the disk
// is busy, and the window must not wait for that. The destructor waits for the write, so the
// next window (or process) reads the list.
#include <QFuture>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QMenu;
class QObject;

namespace msl {
namespace ui {

class RecentPaths {
 public:
  explicit RecentPaths(QString settingsKey, int limit = 8);
  ~RecentPaths();
  RecentPaths(const RecentPaths&) = delete;
  RecentPaths& operator=(const RecentPaths&) = delete;
  QStringList paths() const;
  void add(const QString& path);
  // Replaces the menu's actions with one per path, newest first, each calling `open` (while
  // `context` lives); an empty menu is disabled.
  void fillMenu(QMenu& menu, QObject* context,
                const std::function<void(const QString&)>& open) const;

 private:
  struct Latest;  // the newest list, shared with the writing thread

  QString key_;
  int limit_;
  std::shared_ptr<Latest> latest_;
  QFuture<void> writing_;
};

}  // namespace ui
}  // namespace msl
