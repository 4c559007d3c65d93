#include "ui/run_config_bar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include "runs/run_config.h"

namespace msl {
namespace ui {

namespace {

// What the user reads for a preset; a preset new to the core shows under its own name until
// it has a label here.
QString presetLabel(const std::string& preset) {
  if (preset == "paper-book") return RunConfigBar::tr("Paper: Book");
  if (preset == "paper-toy") return RunConfigBar::tr("Paper: Toy");
  if (preset == "quick-cpu") return RunConfigBar::tr("Quick CPU demo");
  return QString::fromStdString(preset);
}

}  // namespace

RunConfigBar::RunConfigBar(QWidget* parent) : QWidget(parent), presets_(new QComboBox(this)) {
  auto* row = new QHBoxLayout(this);
  row->setContentsMargins(0, 0, 0, 0);
  presets_->setObjectName(QStringLiteral("presets"));
  for (const std::string& preset : runConfigPresetNames())
    presets_->addItem(presetLabel(preset), QString::fromStdString(preset));
  auto* apply = new QPushButton(tr("Apply preset"), this);
  connect(apply, &QPushButton::clicked, this, [this] { Q_EMIT presetApplied(currentPreset()); });
  auto* load = new QPushButton(tr("Load…"), this);
  connect(load, &QPushButton::clicked, this, &RunConfigBar::loadRequested);
  auto* save = new QPushButton(tr("Save…"), this);
  connect(save, &QPushButton::clicked, this, &RunConfigBar::saveRequested);
  auto* clone = new QPushButton(tr("Clone run…"), this);
  clone->setToolTip(tr("Fill the form with a stored run's config"));
  connect(clone, &QPushButton::clicked, this, &RunConfigBar::cloneRequested);
  auto* compare = new QPushButton(tr("Compare with run…"), this);
  compare->setToolTip(tr("What differs between this form and a stored run's config"));
  connect(compare, &QPushButton::clicked, this, &RunConfigBar::compareRequested);
  auto* presetLabelText = new QLabel(tr("&Preset:"), this);
  presetLabelText->setBuddy(presets_);
  row->addWidget(presetLabelText);
  row->addWidget(presets_);
  row->addWidget(apply);
  row->addSpacing(12);
  for (QPushButton* button : {load, save, clone, compare}) row->addWidget(button);
  row->addStretch();
}

QString RunConfigBar::currentPreset() const {
  return presets_->currentData().toString();
}

bool RunConfigBar::setCurrentPreset(const QString& preset) {
  const int index = presets_->findData(preset);
  if (index >= 0) presets_->setCurrentIndex(index);
  return index >= 0;
}

}  // namespace ui
}  // namespace msl
