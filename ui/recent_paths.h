#pragma once
// Recently opened folders (datasets, later checkpoints) kept in QSettings, newest first.
#include <QString>
#include <QStringList>

namespace msl {
namespace ui {

class RecentPaths {
 public:
  explicit RecentPaths(QString settingsKey, int limit = 8);
  QStringList paths() const;
  void add(const QString& path);

 private:
  QString key_;
  int limit_;
};

}  // namespace ui
}  // namespace msl
