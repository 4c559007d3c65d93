#include "ui/training_controller.h"

#include <QtConcurrent>

namespace msl {
namespace ui {

namespace {

// The relay is a QObject of the GUI thread: whoever drops the last reference, it is deleted there.
std::shared_ptr<TrainerRelay> makeRelay() {
  return std::shared_ptr<TrainerRelay>(new TrainerRelay, [](TrainerRelay* relay) {
    relay->disconnect();
    relay->deleteLater();
  });
}

}  // namespace

TrainingController::TrainingController(QObject* parent) : QObject(parent) {
  qRegisterMetaType<msl::ui::TrainingController::State>();
}

TrainingController::~TrainingController() {
  if (trainer_) {
    if (relay_) relay_->disconnect(this);
    trainer_->cancel();
    trainer_.reset();  // joins: the cancel checkpoint is written before the window goes away
  }
}

bool TrainingController::start(const TrainerOptions& options, const TrainerTestHooks& hooks) {
  if (active()) return false;
  relay_ = makeRelay();
  TrainerRelay* relay = relay_.get();
  connect(relay, &TrainerRelay::stepReported, this, &TrainingController::stepReported);
  connect(relay, &TrainerRelay::logged, this, &TrainingController::logged);
  connect(relay, &TrainerRelay::checkpointWritten, this, &TrainingController::checkpointWritten);
  connect(relay, &TrainerRelay::evaluated, this, &TrainingController::evaluated);
  connect(relay, &TrainerRelay::finished, this, &TrainingController::onFinished);
  trainer_ = std::make_shared<Trainer>(options, relay);
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

void TrainingController::onFinished(const TrainingOutcome& outcome) {
  // The training thread is past its last callback; joining it and freeing the model still take
  // a moment, so that happens on a pool thread, which also keeps the relay alive until then.
  (void)QtConcurrent::run([trainer = std::move(trainer_), relay = std::move(relay_)]() mutable {
    trainer.reset();
    relay.reset();
  });
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
