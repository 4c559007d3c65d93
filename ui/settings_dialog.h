#pragma once
// Preferences: the interface language (applied at the next start) and the experiment store file.
#include <QDialog>

class QComboBox;
class QLineEdit;

namespace msl {
namespace ui {

class SettingsDialog : public QDialog {
  Q_OBJECT

 public:
  explicit SettingsDialog(QWidget* parent = nullptr);

  // "" = the system language; else a locale name such as "de" or "zh_CN".
  static QString languageSetting();
  // "" = the default store location (store/store_location.h).
  static QString storeSetting();

  void accept() override;

 private:
  QComboBox* language_;
  QLineEdit* store_;
};

}  // namespace ui
}  // namespace msl
