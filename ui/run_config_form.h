#pragma once
// Every key of a run config as a form, validated on each edit by the same reader `mslw train`
// uses (runConfigFromJson, checkRunConfigComplete): the key its error names gets the message
// under its field, and the form holds no valid config until it is fixed.
#include <QWidget>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>

#include "runs/run_config.h"

class QLabel;

namespace msl {
namespace ui {

class ConfigFieldEditor;

class RunConfigForm : public QWidget {
  Q_OBJECT

 public:
  explicit RunConfigForm(QWidget* parent = nullptr);

  // Shows every value of `config` and validates it.
  void setConfig(const RunConfig& config);
  // The edited config, when every field is valid.
  const std::optional<RunConfig>& config() const { return valid_; }
  bool isValid() const { return valid_.has_value(); }
  // The first problem ("loss.tau: expected a number in (0, 100], found 0"), empty when valid.
  QString errorText() const { return errorText_; }
  ConfigFieldEditor* field(const QString& path) const;
  // A rule only the surroundings can check (the workspace's catalog): throws msl::JsonError
  // naming the key, as the reader does. Revalidates.
  using Check = std::function<void(const RunConfig&)>;
  void setCheck(Check check);

 Q_SIGNALS:
  void validityChanged(bool valid);
  void edited();

 private:
  void validate();
  void markError(QString key, const QString& message);  // key: the field it concerns, or ""
  void updateRelevantFields();

  std::map<QString, ConfigFieldEditor*> fields_;
  // The config last set: keys without a field keep its values.
  nlohmann::json base_;
  std::string preset_;  // the preset the values started from, kept with the config
  std::optional<RunConfig> valid_;
  Check check_;
  bool loading_ = false;
  QString errorText_;
  QLabel* errorSummary_;
};

}  // namespace ui
}  // namespace msl
