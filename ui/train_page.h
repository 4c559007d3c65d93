#pragma once
// The Train page: a run config form (presets, load/save JSON, clone or compare a stored run's
// config), start/pause/resume/stop of a background run, continuing an interrupted run or
// extending a finished one, progress, live charts and the run's log. Training events arrive
// through queued signals (TrainingController); the charts coalesce their redraws.
#include <QWidget>
#include <optional>

#include "training/trainer_events.h"
#include "ui/training_controller.h"
#include "ui/workspace_snapshot.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace msl {
namespace ui {

class RunConfigBar;
class RunConfigForm;
class TrainCharts;

class TrainPage : public QWidget {
  Q_OBJECT

 public:
  explicit TrainPage(QWidget* parent = nullptr);

  // The workspace's dataset and tokenizer become the config's defaults.
  void showSnapshot(const WorkspaceSnapshot& snapshot);
  void setStorePath(const QString& path);
  QString storePath() const { return storePath_; }

  void applyPreset(const QString& preset);
  // The Workspace page's device: what training.device "auto" means in this window.
  void setWorkspaceDevice(const QString& deviceName) { workspaceDevice_ = deviceName; }
  // What the next Start hands the trainer: the form's config with the workspace's device.
  TrainerOptions trainerOptions() const;
  // Start resumes this run from its latest checkpoint (with the form's config, so raising epochs
  // or max steps extends it); nullopt starts a new run.
  void setContinuedRun(std::optional<RunId> run);
  bool loadConfig(const QString& path);
  bool saveConfig(const QString& path);

  RunConfigForm* form() const { return form_; }
  TrainCharts* charts() const { return charts_; }
  TrainingController* controller() const { return controller_; }
  QPushButton* startButton() const { return start_; }
  QPushButton* pauseButton() const { return pause_; }
  QPushButton* resumeButton() const { return resume_; }
  QPushButton* stopButton() const { return stop_; }
  QString errorText() const;
  QString statusText() const;
  std::optional<RunId> currentRun() const { return run_; }
  std::int64_t lastStep() const { return lastStep_; }
  // Test hooks for the next start (a NaN loss at a given step).
  void setTestHooks(const TrainerTestHooks& hooks) { testHooks_ = hooks; }
  // The mslw program that runs ranks 1.. of a data-parallel run (default: beside this program).
  void setRankProgram(const QString& path) { rankProgram_ = path; }

 public Q_SLOTS:
  void startTraining();

 Q_SIGNALS:
  void statusMessage(const QString& message);
  // A run was created, paused, resumed or ended: the Runs page should re-read the store.
  void runsChanged();
  // A run ended with a checkpoint on disk (finished, or stopped): the model pages follow it.
  void runCheckpointed(msl::RunId run);

 private:
  QWidget* buildControlBar();
  void applyWorkspaceDefaults(RunConfig& config) const;
  void checkAgainstWorkspace(const RunConfig& config) const;  // throws JsonError
  void chooseAndLoad();
  void chooseAndSave();
  void cloneRun();
  void compareWithRun();
  void continueRun();
  void showStep(const StepReport& report);
  void showEvaluation(const EvaluationReport& report);
  void showOutcome(const TrainingOutcome& outcome);
  void appendLog(const QString& level, const QString& text);
  void showError(const QString& message);
  void updateButtons();

  TrainingController* controller_;
  RunConfigBar* configBar_;
  RunConfigForm* form_;
  TrainCharts* charts_;
  QLabel* continued_ = nullptr;
  QPushButton* forgetContinued_ = nullptr;
  QPushButton* start_ = nullptr;
  QPushButton* pause_ = nullptr;
  QPushButton* resume_ = nullptr;
  QPushButton* stop_ = nullptr;
  QPushButton* continueButton_ = nullptr;
  QSpinBox* processes_ = nullptr;
  QProgressBar* progress_;
  QLabel* progressText_;
  QLabel* status_;
  QLabel* error_;
  QPlainTextEdit* log_;

  QString storePath_;
  QString dataDir_;
  QString tokenizerPath_;
  std::size_t firstTokens_ = 0;  // n of the workspace's catalog under its tokenizer
  std::optional<RunId> continuedRun_;
  QString workspaceDevice_;
  std::optional<RunId> run_;
  std::int64_t firstStep_ = 0;
  std::int64_t lastStep_ = 0;
  double runStart_ = 0;  // seconds since the epoch
  TrainerTestHooks testHooks_;
  QString rankProgram_;
};

}  // namespace ui
}  // namespace msl
