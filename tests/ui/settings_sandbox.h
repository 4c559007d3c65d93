#pragma once
// Points QSettings at a temporary folder for one test process, so that recent paths, the chosen
// device and the window layout neither read nor overwrite the developer's own settings.
#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

class SettingsSandbox {
 public:
  SettingsSandbox() {
    QCoreApplication::setOrganizationName(QStringLiteral("msl-workbench-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir_.path());
  }
  void clear() { QSettings().clear(); }

 private:
  QTemporaryDir dir_;
};
