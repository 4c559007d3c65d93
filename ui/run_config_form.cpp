#include "ui/run_config_form.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <nlohmann/json.hpp>

#include "common/json_reader.h"
#include "ui/config_field_editor.h"

namespace msl {
namespace ui {

namespace {

nlohmann::json::json_pointer pointerOf(const QString& path) {
  return nlohmann::json::json_pointer(
      "/" + QString(path).replace(QLatin1Char('.'), QLatin1Char('/')).toStdString());
}

}  // namespace

RunConfigForm::RunConfigForm(QWidget* parent) : QWidget(parent), errorSummary_(new QLabel(this)) {
  auto* content = new QWidget;
  auto* contentLayout = new QVBoxLayout(content);
  for (const ConfigFieldGroup& group : RunConfigFields::groups()) {
    auto* box = new QGroupBox(group.title, content);
    auto* form = new QFormLayout(box);
    for (const ConfigField& field : group.fields) {
      auto* editor = new ConfigFieldEditor(field, box);
      form->addRow(field.label, editor);
      fields_[field.path] = editor;
      connect(editor, &ConfigFieldEditor::edited, this, [this] {
        if (loading_) return;  // setConfig validates once all fields hold the new values
        validate();
        Q_EMIT edited();
      });
    }
    contentLayout->addWidget(box);
  }
  contentLayout->addStretch();
  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setWidget(content);
  errorSummary_->setObjectName(QStringLiteral("configError"));
  errorSummary_->setWordWrap(true);
  errorSummary_->setStyleSheet(QStringLiteral("color: #c0392b;"));
  errorSummary_->hide();
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(errorSummary_);
  layout->addWidget(scroll);
  setConfig(RunConfig{});
}

ConfigFieldEditor* RunConfigForm::field(const QString& path) const {
  const auto it = fields_.find(path);
  return it == fields_.end() ? nullptr : it->second;
}

void RunConfigForm::setConfig(const RunConfig& config) {
  preset_ = config.preset;
  base_ = runConfigToJson(config);
  loading_ = true;
  for (const auto& [path, editor] : fields_) editor->setValue(base_.at(pointerOf(path)));
  loading_ = false;
  validate();
}

void RunConfigForm::setCheck(Check check) {
  check_ = std::move(check);
  validate();
}

void RunConfigForm::validate() {
  const bool wasValid = isValid();
  valid_.reset();
  errorText_.clear();
  errorSummary_->hide();
  nlohmann::json json = base_;
  QString firstError;
  for (const auto& [path, editor] : fields_) {
    nlohmann::json value;
    const QString error = editor->read(value);
    editor->setError(error);
    if (firstError.isEmpty()) firstError = error;
    if (error.isEmpty()) json[pointerOf(path)] = value;
  }
  if (!firstError.isEmpty()) {
    errorText_ = firstError;
  } else {
    try {
      RunConfig config = runConfigFromJson(json);
      config.preset = preset_;
      checkRunConfigComplete(config);
      if (check_) check_(config);
      valid_ = config;
    } catch (const JsonError& error) {
      markError(QString::fromStdString(error.keyPath()),
                QString::fromStdString(error.keyPath() + ": " + error.problem()));
    } catch (const std::exception& error) {
      markError({}, QString::fromStdString(error.what()));
    }
  }
  updateRelevantFields();
  if (wasValid != isValid()) Q_EMIT validityChanged(isValid());
}

void RunConfigForm::markError(QString key, const QString& message) {
  errorText_ = message;
  // "model.create" names the section when the field is one of its keys: the longest known path
  // the named key starts with gets the message.
  while (!key.isEmpty() && !field(key)) {
    const int dot = key.lastIndexOf(QLatin1Char('.'));
    key = dot < 0 ? QString() : key.left(dot);
  }
  if (ConfigFieldEditor* editor = field(key)) {
    editor->setError(message);
  } else {
    errorSummary_->setText(message);
    errorSummary_->show();
  }
}

void RunConfigForm::updateRelevantFields() {
  const auto checked = [this](const char* path) {
    nlohmann::json value;
    field(QLatin1String(path))->read(value);
    return value.is_boolean() && value.get<bool>();
  };
  nlohmann::json loss;
  field(QStringLiteral("loss.kind"))->read(loss);
  const bool ats = loss == "msl_ats";
  for (const char* path : {"loss.eta", "loss.alpha", "loss.warmup_steps", "loss.min_tau",
                           "loss.max_tau", "loss.ats_rows", "loss.single_valid_rows"})
    field(QLatin1String(path))->setEnabled(ats);
  const bool lora = checked("lora.enabled");
  for (const char* path : {"lora.r", "lora.alpha", "lora.dropout", "lora.targets"})
    field(QLatin1String(path))->setEnabled(lora);
  const bool create = checked("model.create.enabled");
  for (const char* path : {"model.create.arch", "model.create.size", "model.create.seed",
                           "model.tokenizer_vocab_size"})
    field(QLatin1String(path))->setEnabled(create);
  field(QStringLiteral("model.checkpoint"))->setEnabled(!create);
}

}  // namespace ui
}  // namespace msl
