#pragma once
// The `mslw` installed beside this program (the build tree and the .deb put both in one folder):
// what the window starts for data-parallel ranks and for the demo runs.
#include <QCoreApplication>
#include <QDir>
#include <QString>

namespace msl {
namespace ui {

inline QString mslwProgram() {
  return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("mslw"));
}

}  // namespace ui
}  // namespace msl
