#include "ui/model_panel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

#include "tokenizer/tokenizer.h"
#include "ui/figure_labels.h"
#include "ui/model_figures.h"
#include "ui/model_panel_jobs.h"

namespace msl {
namespace ui {
namespace {

const char* const kDeviceKey = "model/device";

}  // namespace

ModelPanel::ModelPanel(QWidget* parent)
    : QGroupBox(tr("Model"), parent),
      jobs_(new ModelPanelJobs(this)),
      openButton_(new QPushButton(tr("Open &checkpoint…"), this)),
      createButton_(new QPushButton(tr("Create &tiny model…"), this)),
      recentButton_(new QToolButton(this)),
      recentMenu_(new QMenu(tr("Recent chec&kpoints"), this)),
      device_(new QComboBox(this)),
      progress_(new QProgressBar(this)),
      error_(new QLabel(this)),
      figures_(new QFormLayout) {
  openButton_->setAccessibleName(tr("Open checkpoint folder"));
  openButton_->setToolTip(tr("A Hugging Face checkpoint folder: config.json and safetensors"));
  createButton_->setAccessibleName(tr("Create tiny model"));
  recentButton_->setText(tr("Recent"));
  recentButton_->setAccessibleName(tr("Recent checkpoints"));
  recentButton_->setMenu(recentMenu_);
  recentButton_->setPopupMode(QToolButton::InstantPopup);
  device_->setAccessibleName(tr("Device"));
  device_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  device_->addItem(tr("cpu"), QStringLiteral("cpu"));
  progress_->setRange(0, 0);  // reading headers has no measurable progress: a busy indicator
  progress_->setAccessibleName(tr("Model progress"));
  progress_->setVisible(false);
  error_->setObjectName(QStringLiteral("modelError"));
  error_->setWordWrap(true);
  error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  error_->setVisible(false);
  QPalette errorPalette = error_->palette();
  errorPalette.setColor(QPalette::WindowText, QColor(200, 40, 40));
  error_->setPalette(errorPalette);

  connect(openButton_, &QPushButton::clicked, this, &ModelPanel::chooseCheckpoint);
  connect(createButton_, &QPushButton::clicked, this, &ModelPanel::chooseTinyModelDir);
  connect(device_, qOverload<int>(&QComboBox::currentIndexChanged), this,
          &ModelPanel::deviceChanged);
  connect(jobs_, &ModelPanelJobs::devicesListed, this, &ModelPanel::showDevices);
  connect(jobs_, &ModelPanelJobs::checkpointLoaded, this, &ModelPanel::showCheckpoint);
  connect(jobs_, &ModelPanelJobs::checkpointFailed, this, &ModelPanel::showError);

  auto* actions = new QHBoxLayout;
  actions->addWidget(openButton_);
  actions->addWidget(recentButton_);
  actions->addWidget(createButton_);
  actions->addStretch();
  figures_->addRow(tr("Dev&ice"), device_);
  addFigureRow(*figures_, *this, QStringLiteral("checkpoint"), tr("Checkpoint"));
  addFigureRow(*figures_, *this, QStringLiteral("architecture"), tr("Architecture"));
  addFigureRow(*figures_, *this, QStringLiteral("parameters"), tr("Parameters"));
  addFigureRow(*figures_, *this, QStringLiteral("memory"), tr("Memory estimate"));
  addFigureRow(*figures_, *this, QStringLiteral("fit"), tr("Fits the device"));
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(actions);
  layout->addWidget(progress_);
  layout->addWidget(error_);
  layout->addLayout(figures_);
  layout->addStretch();

  rebuildRecentMenu();
  updateCreateButton();
  jobs_->listDevices();
}

QString ModelPanel::figureText(const QString& key) const {
  return ui::figureText(*this, key);
}

ModelSelection ModelPanel::selection() const {
  ModelSelection selection;
  if (checkpoint_) {
    selection.checkpointDir = QString::fromStdString(checkpoint_->folder.string());
    selection.config = checkpoint_->config;
  }
  const int index = device_->currentIndex();
  if (index >= 0 && index < int(devices_.size())) {
    selection.deviceId = QString::fromStdString(devices_[index].id);
    selection.dtype = QString::fromStdString(devices_[index].dtype);
  }
  return selection;
}

void ModelPanel::chooseCheckpoint() {
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Open checkpoint folder"),
                                                           recent_.paths().value(0));
  if (!folder.isEmpty()) openCheckpoint(folder);
}

void ModelPanel::openCheckpoint(const QString& folder) {
  jobs_->open(folder);
  setBusy(true, tr("Reading %1…").arg(folder));
}

QString ModelPanel::proposedTinyModelDir() const {
  // Next to the dataset: the demo workspace's layout is data/, tokenizer/ and now models/.
  QDir base(workspace_.dataDir);
  base.cdUp();
  for (int n = 1;; ++n) {
    const QString candidate = base.filePath(n == 1 ? QStringLiteral("models/tiny-llama")
                                                   : QStringLiteral("models/tiny-llama-%1").arg(n));
    if (!QFileInfo::exists(candidate)) return QDir::cleanPath(candidate);
  }
}

void ModelPanel::chooseTinyModelDir() {
  const QString folder = QFileDialog::getSaveFileName(
      this, tr("Create tiny model in folder"), proposedTinyModelDir(), QString(), nullptr,
      QFileDialog::ShowDirsOnly | QFileDialog::DontConfirmOverwrite);
  if (!folder.isEmpty()) createTinyModel(folder);
}

void ModelPanel::createTinyModel(const QString& folder) {
  if (!workspace_.layer || workspace_.tokenizerPath.isEmpty()) {
    showError(tr("Open a dataset with a tokenizer.json first: a model is made for its tokenizer."));
    return;
  }
  const Tokenizer& tokenizer = workspace_.layer->tokenizer;
  RandomCheckpointRequest request;
  request.vocabSize = static_cast<std::int64_t>(tokenizer.vocabSize());
  if (tokenizer.bosId()) request.bosId = *tokenizer.bosId();
  if (tokenizer.eosId()) request.eosIds.push_back(*tokenizer.eosId());
  request.tokenizerJson = workspace_.tokenizerPath.toStdString();
  request.out = folder.toStdString();
  jobs_->create(request);
  setBusy(true, tr("Creating a tiny model in %1…").arg(folder));
}

void ModelPanel::setWorkspace(const WorkspaceSnapshot& snapshot) {
  workspace_ = snapshot;
  updateCreateButton();
}

void ModelPanel::updateCreateButton() {
  const bool possible = workspace_.layer && !workspace_.tokenizerPath.isEmpty();
  createButton_->setEnabled(possible && !jobs_->isBusy());
  createButton_->setToolTip(
      possible ? tr("A randomly initialised Llama-style model (~0.1M body parameters) for %1")
                     .arg(workspace_.tokenizerPath)
               : tr("Open a dataset with a tokenizer.json first: a model is made for its "
                    "tokenizer"));
}

void ModelPanel::showDevices(const std::vector<ComputeDevice>& devices) {
  const QString wanted = QSettings().value(QLatin1String(kDeviceKey)).toString();
  devices_ = devices;
  {
    const QSignalBlocker blocker(device_);
    device_->clear();
    for (const ComputeDevice& device : devices_) {
      device_->addItem(ModelFigures::deviceLabel(device), QString::fromStdString(device.id));
      if (!device.note.empty()) {
        device_->setItemData(device_->count() - 1, QString::fromStdString(device.note),
                             Qt::ToolTipRole);
        device_->setToolTip(QString::fromStdString(device.note));
      }
    }
    // The device chosen last time, when this machine still has it.
    device_->setCurrentIndex(std::max(0, device_->findData(wanted)));
  }
  refreshFigures();
  Q_EMIT selectionChanged(selection());
}

void ModelPanel::deviceChanged() {
  if (devices_.empty()) return;
  QSettings().setValue(QLatin1String(kDeviceKey), device_->currentData().toString());
  refreshFigures();
  Q_EMIT selectionChanged(selection());
}

void ModelPanel::showCheckpoint(const CheckpointSummary& summary) {
  setBusy(false);
  error_->setVisible(false);
  checkpoint_ = summary;
  const QString folder = QString::fromStdString(summary.folder.string());
  recent_.add(folder);
  rebuildRecentMenu();
  refreshFigures();
  Q_EMIT selectionChanged(selection());
}

void ModelPanel::showError(const QString& message) {
  setBusy(false);
  error_->setText(message);
  error_->setVisible(true);
}

void ModelPanel::refreshFigures() {
  auto set = [this](const QString& key, const QString& text) { setFigureText(*this, key, text); };
  const int index = device_->currentIndex();
  if (!checkpoint_ || index < 0 || index >= int(devices_.size())) return;
  const ModelFigures figures = ModelFigures::of(*checkpoint_, devices_[index]);
  set(QStringLiteral("checkpoint"), QString::fromStdString(checkpoint_->folder.string()));
  set(QStringLiteral("architecture"), figures.architecture);
  set(QStringLiteral("parameters"), figures.parameters);
  set(QStringLiteral("memory"), figures.memory);
  set(QStringLiteral("fit"), figures.fit);
}

void ModelPanel::rebuildRecentMenu() {
  recent_.fillMenu(*recentMenu_, this, [this](const QString& path) { openCheckpoint(path); });
  recentButton_->setEnabled(recentMenu_->isEnabled());
}

void ModelPanel::setBusy(bool busy, const QString& stage) {
  openButton_->setEnabled(!busy);
  recentButton_->setEnabled(!busy && !recent_.paths().isEmpty());
  progress_->setVisible(busy);
  progress_->setFormat(stage);
  progress_->setToolTip(stage);
  if (busy) error_->setVisible(false);
  updateCreateButton();
}

}  // namespace ui
}  // namespace msl
