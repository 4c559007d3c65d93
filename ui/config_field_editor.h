#pragma once
// One run config field on the Train page: its editor (line edit, check box or choice) and the
// inline error shown under it. Reads and writes the field's JSON value, so the form can hand the
// whole config to runConfigFromJson, whose errors name the key to mark.
#include <QWidget>
#include <nlohmann/json_fwd.hpp>

#include "ui/run_config_fields.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace msl {
namespace ui {

class ConfigFieldEditor : public QWidget {
  Q_OBJECT

 public:
  ConfigFieldEditor(ConfigField field, QWidget* parent = nullptr);

  const ConfigField& field() const { return field_; }
  void setValue(const nlohmann::json& value);
  // Writes the edited value to `value`; returns a message instead when the text is not of the
  // field's kind (letters in a number field), empty otherwise.
  QString read(nlohmann::json& value) const;
  void setError(const QString& message);  // empty clears it
  QString error() const;
  QWidget* editor() const;

 Q_SIGNALS:
  void edited();

 private:
  void browse();

  ConfigField field_;
  QLineEdit* line_ = nullptr;
  QCheckBox* check_ = nullptr;
  QComboBox* combo_ = nullptr;
  QLabel* error_;
};

}  // namespace ui
}  // namespace msl
