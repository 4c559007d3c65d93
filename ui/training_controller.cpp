#include "ui/training_controller.h"

#include <QtConcurrent>

namespace msl {
namespace ui {

TrainingController::TrainingController(QObject* parent) : QObject(parent) {
  // Queued connections copy arguments through the meta-type system.
  qRegisterMetaType<msl::StepReport>();
  qRegisterMetaType<msl::CheckpointReport>();
  qRegisterMetaType<msl::EvaluationReport>();
  qRegisterMetaType<msl::TrainingOutcome>();
  qRegisterMetaType<msl::ui::TrainingController::State>();
}

TrainingController::~TrainingController() {
  if (!trainer_) return;
  // The receivers may be half destroyed already (the page that owns this controller): what the
  // run still reports while it writes its cancel checkpoint goes nowhere.
  disconnect();
  trainer_->cancel();
  trainer_.reset();  // joins: the cancel checkpoint is written before the window goes away
}

bool TrainingController::start(const TrainerOptions& options, const TrainerTestHooks& hooks) {
  if (active()) return false;
  trainer_ = std::make_shared<Trainer>(options, this);
  trainer_->setTestHooks(hooks);
  trainer_->start();
  setState(State::Running);
  return true;
}

void TrainingController::pause() {
  if (state_ != State::Running) return;
  trainer_->pause();
  setState(State::Paused);
}

void TrainingController::resume() {
  if (state_ != State::Paused) return;
  trainer_->resume();
  setState(State::Running);
}

void TrainingController::cancel() {
  if (state_ != State::Running && state_ != State::Paused) return;
  trainer_->cancel();
  setState(State::Stopping);
}

void TrainingController::onStep(const StepReport& report) {
  Q_EMIT stepReported(report);
}

void TrainingController::onLog(const std::string& level, const std::string& text) {
  Q_EMIT logged(QString::fromStdString(level), QString::fromStdString(text));
}

void TrainingController::onCheckpoint(const CheckpointReport& report) {
  Q_EMIT checkpointWritten(report);
}

void TrainingController::onEvaluation(const EvaluationReport& report) {
  Q_EMIT evaluated(report);
}

void TrainingController::onFinished(const TrainingOutcome& outcome) {
  // Posted behind the run's other events, so `finished` stays its last signal.
  QMetaObject::invokeMethod(
      this, [this, outcome] { endRun(outcome); }, Qt::QueuedConnection);
}

void TrainingController::endRun(const TrainingOutcome& outcome) {
  // The training thread is past its last callback; joining it and freeing the model still take
  // a moment, so that happens on a pool thread.
  (void)QtConcurrent::run([trainer = std::move(trainer_)]() mutable { trainer.reset(); });
  setState(State::Idle);
  Q_EMIT finished(outcome);
}

void TrainingController::setState(State state) {
  if (state_ == state) return;
  state_ = state;
  Q_EMIT stateChanged(state);
}

}  // namespace ui
}  // namespace msl
