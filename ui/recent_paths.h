#pragma once
// Recently opened folders (datasets, later checkpoints) kept in QSettings, newest first.
#include <QString>
#include <QStringList>
#include <functional>

class QMenu;
class QObject;

namespace msl {
namespace ui {

class RecentPaths {
 public:
  explicit RecentPaths(QString settingsKey, int limit = 8);
  QStringList paths() const;
  void add(const QString& path);
  // Replaces the menu's actions with one per path, newest first, each calling `open` (while
  // `context` lives); an empty menu is disabled.
  void fillMenu(QMenu& menu, QObject* context,
                const std::function<void(const QString&)>& open) const;

 private:
  QString key_;
  int limit_;
};

}  // namespace ui
}  // namespace msl
