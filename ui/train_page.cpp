#include "ui/train_page.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>
#include <algorithm>
#include <nlohmann/json.hpp>

#include "common/json_reader.h"
#include "losses/adaptive_temperature.h"
#include "runs/run_config.h"
#include "store/config_diff.h"
#include "ui/config_diff_dialog.h"
#include "ui/mslw_program.h"
#include "ui/run_config_bar.h"
#include "ui/run_config_form.h"
#include "ui/run_picker_dialog.h"
#include "ui/train_charts.h"
#include "ui/training_progress.h"

namespace msl {
namespace ui {

namespace {

double nowSeconds() {
  return static_cast<double>(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

QLabel* makeMessageLabel(QWidget* parent, const QString& name, const QString& style) {
  auto* label = new QLabel(parent);
  label->setObjectName(name);
  label->setWordWrap(true);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  label->setStyleSheet(style);
  return label;
}

}  // namespace

TrainPage::TrainPage(QWidget* parent)
    : QWidget(parent),
      controller_(new TrainingController(this)),
      configBar_(new RunConfigBar(this)),
      form_(new RunConfigForm(this)),
      charts_(new TrainCharts(this)),
      progress_(new QProgressBar(this)),
      progressText_(new QLabel(this)),
      status_(makeMessageLabel(this, QStringLiteral("trainStatus"), QString())),
      error_(makeMessageLabel(this, QStringLiteral("trainError"),
                              QStringLiteral("color: #c0392b; font-weight: bold;"))),
      log_(new QPlainTextEdit(this)) {
  error_->hide();
  log_->setObjectName(QStringLiteral("trainLog"));
  log_->setAccessibleName(tr("Training log"));
  log_->setReadOnly(true);
  log_->setMaximumBlockCount(5000);
  progressText_->setObjectName(QStringLiteral("trainProgress"));

  auto* progressRow = new QHBoxLayout;
  progressRow->addWidget(progress_, 1);
  progressRow->addWidget(progressText_);
  auto* tabs = new QTabWidget(this);
  tabs->addTab(charts_, tr("Charts"));
  tabs->addTab(log_, tr("Log"));
  auto* splitter = new QSplitter(this);
  splitter->addWidget(form_);
  splitter->addWidget(tabs);
  splitter->setStretchFactor(1, 1);
  splitter->setSizes({380, 900});

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(configBar_);
  layout->addWidget(buildControlBar());
  layout->addLayout(progressRow);
  layout->addWidget(status_);
  layout->addWidget(error_);
  layout->addWidget(splitter, 1);

  // Each step is applied as it arrives: appending to the charts is cheap, and the charts
  // coalesce their redraws (plots/PlotWidget), the one place that limits redraws for the page.
  connect(controller_, &TrainingController::stepReported, this, &TrainPage::showStep);
  connect(controller_, &TrainingController::evaluated, this, &TrainPage::showEvaluation);
  connect(controller_, &TrainingController::logged, this, &TrainPage::appendLog);
  connect(controller_, &TrainingController::checkpointWritten, this,
          [this](const CheckpointReport& report) {
            appendLog(QStringLiteral("info"), tr("%1 checkpoint at step %2: %3")
                                                  .arg(QString::fromStdString(report.kind))
                                                  .arg(report.step)
                                                  .arg(QString::fromStdString(report.path)));
          });
  connect(controller_, &TrainingController::finished, this, &TrainPage::showOutcome);
  connect(controller_, &TrainingController::stateChanged, this,
          [this](TrainingController::State state) {
            if (state == TrainingController::State::Paused)
              status_->setText(tr("Pausing at the next step boundary…"));
            else if (state == TrainingController::State::Stopping)
              status_->setText(tr("Stopping at the next step boundary (writing a checkpoint)…"));
            else if (state == TrainingController::State::Running && run_)
              status_->setText(tr("Run %1 is training.").arg(*run_));
            updateButtons();
            Q_EMIT runsChanged();
          });
  connect(form_, &RunConfigForm::validityChanged, this, &TrainPage::updateButtons);
  connect(configBar_, &RunConfigBar::presetApplied, this, &TrainPage::applyPreset);
  connect(configBar_, &RunConfigBar::loadRequested, this, &TrainPage::chooseAndLoad);
  connect(configBar_, &RunConfigBar::saveRequested, this, &TrainPage::chooseAndSave);
  connect(configBar_, &RunConfigBar::cloneRequested, this, &TrainPage::cloneRun);
  connect(configBar_, &RunConfigBar::compareRequested, this, &TrainPage::compareWithRun);
  applyPreset(QStringLiteral("quick-cpu"));
  updateButtons();
}

QWidget* TrainPage::buildControlBar() {
  auto* bar = new QWidget(this);
  auto* row = new QHBoxLayout(bar);
  row->setContentsMargins(0, 0, 0, 0);
  start_ = new QPushButton(tr("Start"), bar);
  pause_ = new QPushButton(tr("Pause"), bar);
  resume_ = new QPushButton(tr("Resume"), bar);
  stop_ = new QPushButton(tr("Stop"), bar);
  stop_->setToolTip(tr("Stop at the next step boundary, writing a checkpoint to continue from"));
  continueButton_ = new QPushButton(tr("Continue run…"), bar);
  continueButton_->setToolTip(
      tr("Resume an interrupted or stopped run, or extend a finished one, from its latest "
         "checkpoint"));
  continued_ = makeMessageLabel(bar, QStringLiteral("continuedRun"), QString());
  forgetContinued_ = new QPushButton(tr("Start a new run instead"), bar);
  connect(start_, &QPushButton::clicked, this, &TrainPage::startTraining);
  connect(pause_, &QPushButton::clicked, controller_, &TrainingController::pause);
  connect(resume_, &QPushButton::clicked, controller_, &TrainingController::resume);
  connect(stop_, &QPushButton::clicked, controller_, &TrainingController::cancel);
  connect(continueButton_, &QPushButton::clicked, this, &TrainPage::continueRun);
  connect(forgetContinued_, &QPushButton::clicked, this, [this] { setContinuedRun(std::nullopt); });
  // Data-parallel over local processes (c10d: Gloo on the CPU, NCCL with one GPU per process).
  processes_ = new QSpinBox(bar);
  processes_->setObjectName(QStringLiteral("trainProcesses"));
  processes_->setAccessibleName(tr("Training processes"));
  processes_->setRange(1, std::max(8, QThread::idealThreadCount()));
  processes_->setPrefix(tr("Processes: "));
  processes_->setToolTip(
      tr("Train data-parallel over this many processes on this machine: each takes part of every "
         "batch, the run is the same as with one (docs/distributed.md)"));
  for (QPushButton* button : {start_, pause_, resume_, stop_, continueButton_})
    row->addWidget(button);
  row->addWidget(processes_);
  row->addWidget(continued_, 1);
  row->addWidget(forgetContinued_);
  setContinuedRun(std::nullopt);
  return bar;
}

void TrainPage::applyWorkspaceDefaults(RunConfig& config) const {
  if (config.data.dir.empty()) config.data.dir = dataDir_.toStdString();
  // A created model needs a tokenizer: the workspace's saves training one for the run.
  if (config.model.create && config.model.tokenizer.empty())
    config.model.tokenizer = tokenizerPath_.toStdString();
  // The built-in "runs" is relative to wherever the program started; keep checkpoints next to
  // the experiment store instead (a dataset folder may be read-only).
  if (config.outputDir == "runs" && !storePath_.isEmpty())
    config.outputDir =
        QFileInfo(storePath_).absoluteDir().filePath(QStringLiteral("runs")).toStdString();
}

void TrainPage::checkAgainstWorkspace(const RunConfig& config) const {
  // The trainer refuses ATS with n·η <= 1 only after loading data and model; the workspace
  // already knows n when the run tokenizes its data the same way.
  const bool sameText = QString::fromStdString(config.data.dir) == dataDir_ &&
                        !tokenizerPath_.isEmpty() &&
                        QString::fromStdString(config.model.tokenizer) == tokenizerPath_;
  if (!sameText || config.loss.kind != "msl_ats") return;
  const std::string problem = atsFirstTokenProblem(firstTokens_, config.loss.eta);
  if (!problem.empty()) throw JsonError("run config", "loss.eta", problem);
}

void TrainPage::applyPreset(const QString& preset) {
  RunConfig config = presetRunConfig(preset.toStdString());
  applyWorkspaceDefaults(config);
  form_->setConfig(config);
  configBar_->setCurrentPreset(preset);
}

void TrainPage::showSnapshot(const WorkspaceSnapshot& snapshot) {
  const QString previousData = dataDir_, previousTokenizer = tokenizerPath_;
  dataDir_ = snapshot.dataDir;
  tokenizerPath_ = snapshot.tokenizerPath;
  firstTokens_ = snapshot.trie.firstPositionValid;
  form_->setCheck([this](const RunConfig& config) { checkAgainstWorkspace(config); });
  if (!form_->config()) {
    applyPreset(configBar_->currentPreset());
    return;
  }
  // The form follows the workspace unless the user pointed it somewhere else.
  RunConfig config = *form_->config();
  if (QString::fromStdString(config.data.dir) == previousData) config.data.dir.clear();
  if (QString::fromStdString(config.model.tokenizer) == previousTokenizer)
    config.model.tokenizer.clear();
  applyWorkspaceDefaults(config);
  form_->setConfig(config);
}

void TrainPage::setStorePath(const QString& path) {
  storePath_ = path;
  if (form_->config()) {
    RunConfig config = *form_->config();
    applyWorkspaceDefaults(config);
    form_->setConfig(config);
  }
}

void TrainPage::setContinuedRun(std::optional<RunId> run) {
  continuedRun_ = run;
  continued_->setText(run ? tr("Start continues run %1 from its latest checkpoint; raise epochs or "
                               "max steps to extend a finished run.")
                                .arg(*run)
                          : QString());
  continued_->setVisible(run.has_value());
  forgetContinued_->setVisible(run.has_value());
  start_->setText(run ? tr("Continue run %1").arg(*run) : tr("Start"));
}

TrainerOptions TrainPage::trainerOptions() const {
  TrainerOptions options;
  if (form_->config()) options.config = *form_->config();
  if (options.config.training.device == "auto" && !workspaceDevice_.isEmpty())
    options.config.training.device = workspaceDevice_.toStdString();
  options.storePath = storePath_.toStdString();
  options.resumeRun = continuedRun_;
  options.lowPriority = true;  // the window stays responsive while training takes the cores
  options.localProcesses = processes_->value();
  options.rankProgram = (rankProgram_.isEmpty() ? mslwProgram() : rankProgram_).toStdString();
  return options;
}

void TrainPage::startTraining() {
  if (controller_->active()) return;
  if (!form_->config()) {
    showError(tr("The run config is not valid: %1").arg(form_->errorText()));
    return;
  }
  if (storePath_.isEmpty()) {
    showError(tr("No experiment store is set (File → Open experiment store)."));
    return;
  }
  const TrainerOptions options = trainerOptions();
  charts_->clear(options.config.loss.kind);
  log_->clear();
  error_->hide();
  progress_->setRange(0, 1);
  progress_->setValue(0);
  progressText_->clear();
  run_ = continuedRun_;
  firstStep_ = 0;
  lastStep_ = 0;
  runStart_ = nowSeconds();
  status_->setText(continuedRun_ ? tr("Loading run %1's checkpoint…").arg(*continuedRun_)
                                 : tr("Preparing the data and the model…"));
  controller_->start(options, testHooks_);
}

void TrainPage::showStep(const StepReport& report) {
  if (firstStep_ == 0) {
    firstStep_ = report.step;
    run_ = report.run;
    if (controller_->state() == TrainingController::State::Running)
      status_->setText(tr("Run %1 is training.").arg(report.run));
    Q_EMIT runsChanged();
  }
  charts_->addStep(report, runStart_);
  lastStep_ = report.step;
  progress_->setRange(0, static_cast<int>(report.totalSteps));
  progress_->setValue(static_cast<int>(report.step));
  progressText_->setText(trainingProgressText(report, firstStep_));
}

void TrainPage::showEvaluation(const EvaluationReport& report) {
  charts_->addEvaluation(report, nowSeconds());
  QStringList values;
  for (const auto& [name, value] : report.metrics.metrics)
    values << QStringLiteral("%1 %2").arg(QString::fromStdString(name)).arg(value, 0, 'f', 4);
  appendLog(QStringLiteral("info"), tr("evaluation at step %1 on %2 (%3 samples): %4")
                                        .arg(report.metrics.step)
                                        .arg(QString::fromStdString(report.metrics.split))
                                        .arg(report.metrics.samples)
                                        .arg(values.join(QStringLiteral(", "))));
}

void TrainPage::showOutcome(const TrainingOutcome& outcome) {
  if (outcome.run) run_ = outcome.run;
  const QString message = QString::fromStdString(outcome.message);
  const QString status = QString::fromStdString(toText(outcome.status));
  const QString text = outcome.run ? tr("Run %1 %2: %3").arg(outcome.run).arg(status, message)
                                   : tr("The run did not start: %1").arg(message);
  if (outcome.status == RunStatus::Failed) showError(text);
  status_->setText(text);
  setContinuedRun(std::nullopt);
  updateButtons();
  Q_EMIT statusMessage(text);
  Q_EMIT runsChanged();
  if (outcome.run && !outcome.lastCheckpoint.empty()) Q_EMIT runCheckpointed(outcome.run);
}

void TrainPage::appendLog(const QString& level, const QString& text) {
  log_->appendPlainText(QStringLiteral("[%1] %2").arg(level, text));
}

void TrainPage::showError(const QString& message) {
  error_->setText(message);
  error_->show();
}

QString TrainPage::errorText() const {
  return error_->isVisibleTo(this) ? error_->text() : QString();
}

QString TrainPage::statusText() const {
  return status_->text();
}

void TrainPage::updateButtons() {
  using State = TrainingController::State;
  const State state = controller_->state();
  const bool idle = state == State::Idle;
  start_->setEnabled(idle && form_->isValid());
  pause_->setEnabled(state == State::Running);
  resume_->setEnabled(state == State::Paused);
  stop_->setEnabled(state == State::Running || state == State::Paused);
  continueButton_->setEnabled(idle);
  forgetContinued_->setEnabled(idle);
  configBar_->setEnabled(idle);
  form_->setEnabled(idle);
}

bool TrainPage::loadConfig(const QString& path) {
  try {
    RunConfig config = loadRunConfig(path.toStdString());
    applyWorkspaceDefaults(config);
    form_->setConfig(config);
    error_->hide();
    return true;
  } catch (const std::exception& error) {
    showError(QString::fromStdString(error.what()));
    return false;
  }
}

bool TrainPage::saveConfig(const QString& path) {
  if (!form_->config()) {
    showError(tr("The run config is not valid: %1").arg(form_->errorText()));
    return false;
  }
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
      file.write(QByteArray::fromStdString(runConfigToJson(*form_->config()).dump(2) + "\n")) < 0) {
    showError(tr("%1: cannot be written (%2)").arg(path, file.errorString()));
    return false;
  }
  return true;
}

void TrainPage::chooseAndLoad() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Load run config"), QString(),
                                                    tr("Run config (*.json)"));
  if (!path.isEmpty()) loadConfig(path);
}

void TrainPage::chooseAndSave() {
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Save run config"), QStringLiteral("run.json"), tr("Run config (*.json)"));
  if (!path.isEmpty() && saveConfig(path)) Q_EMIT statusMessage(tr("Saved %1.").arg(path));
}

void TrainPage::cloneRun() {
  RunPickerDialog picker(storePath_, tr("Clone a run's config"), nullptr, this);
  if (picker.exec() != QDialog::Accepted || !picker.selectedRun()) return;
  try {
    form_->setConfig(runConfigFromText(picker.selectedRun()->run.configJson));
    setContinuedRun(std::nullopt);
  } catch (const std::exception& error) {
    showError(QString::fromStdString(error.what()));
  }
}

void TrainPage::continueRun() {
  RunPickerDialog picker(
      storePath_, tr("Continue a run"),
      [](const RunSummary& summary) { return !isActive(summary.run.status); }, this);
  if (picker.exec() != QDialog::Accepted || !picker.selectedRun()) return;
  const RunRecord record = picker.selectedRun()->run;
  try {
    form_->setConfig(runConfigFromText(record.configJson));
    setContinuedRun(record.id);
  } catch (const std::exception& error) {
    showError(QString::fromStdString(error.what()));
  }
}

void TrainPage::compareWithRun() {
  if (!form_->config()) {
    showError(tr("The run config is not valid: %1").arg(form_->errorText()));
    return;
  }
  RunPickerDialog picker(storePath_, tr("Compare with a run"), nullptr, this);
  if (picker.exec() != QDialog::Accepted || !picker.selectedRun()) return;
  const RunRecord record = picker.selectedRun()->run;
  try {
    const auto differences =
        diffConfigs(runConfigToJson(*form_->config()).dump(), record.configJson);
    ConfigDiffDialog(differences, tr("This form"), tr("Run %1").arg(record.id), this).exec();
  } catch (const std::exception& error) {
    showError(QString::fromStdString(error.what()));
  }
}

}  // namespace ui
}  // namespace msl
