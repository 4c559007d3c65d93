#pragma once
// The run config keys the Train page edits, with their labels and editor kinds, grouped as the
// form shows them. Paths are the JSON key paths that run_config.cpp names in its errors
// ("loss.tau"), so an error can be put next to the field it concerns. A key the linked core does
// not know (runConfigToJson does not write it) is left out of the form.
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace msl {
namespace ui {

enum class FieldKind { Text, Path, Integer, Number, Bool, Choice, NumberPair, Names };

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
