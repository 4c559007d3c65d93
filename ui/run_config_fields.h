#pragma once
// The run config keys the Train page edits, with their labels and help, grouped as the form shows
// them. The editor kind and the allowed values come from the run-config schema
// (runs/run_config_schema.h), and paths are its key paths ("loss.tau"), which the reader's
// JsonError names, so an error goes next to the field it concerns.
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

#include "runs/run_config_schema.h"

namespace msl {
namespace ui {

using FieldKind = RunConfigValueKind;

struct ConfigField {
  QString path;   // "loss.tau"
  QString label;  // translated
  FieldKind kind = FieldKind::Text;
  QStringList choices;  // Choice: allowed values; Names: the values to suggest
  QString help;         // tooltip
};

struct ConfigFieldGroup {
  QString title;
  std::vector<ConfigField> fields;
};

class RunConfigFields {
  Q_DECLARE_TR_FUNCTIONS(msl::ui::RunConfigFields)

 public:
  static std::vector<ConfigFieldGroup> groups();
};

}  // namespace ui
}  // namespace msl
