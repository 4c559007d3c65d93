#pragma once
// Drives one background training run for the Train page: start, pause, resume, cancel, and the
// trainer's events re-emitted on the GUI thread. The GUI thread never waits on training: the
// finished trainer (its thread join and the model it frees) is destroyed on a pool thread.
#include <QObject>
#include <memory>

#include "training/trainer.h"
#include "ui/trainer_relay.h"

namespace msl {
namespace ui {

class TrainingController : public QObject {
  Q_OBJECT

 public:
  enum class State { Idle, Running, Paused, Stopping };

  explicit TrainingController(QObject* parent = nullptr);
  // Cancels a run still going (it writes its checkpoint) and waits for it: only when the window
  // closes, the one moment waiting is what the user asked for.
  ~TrainingController() override;

  // Starts a run; false (and nothing started) while another run is active. `hooks` provoke
  // failures in tests.
  bool start(const TrainerOptions& options, const TrainerTestHooks& hooks = {});
  void pause();
  void resume();
  void cancel();
  State state() const { return state_; }
  bool active() const { return state_ != State::Idle; }

 Q_SIGNALS:
  void stateChanged(msl::ui::TrainingController::State state);
  void stepReported(const msl::StepReport& report);
  void logged(const QString& level, const QString& text);
  void checkpointWritten(const msl::CheckpointReport& report);
  void evaluated(const msl::EvaluationReport& report);
  void finished(const msl::TrainingOutcome& outcome);

 private:
  void setState(State state);
  void onFinished(const TrainingOutcome& outcome);

  // Shared with the disposal task so that the observer outlives the trainer that calls it.
  std::shared_ptr<TrainerRelay> relay_;
  std::shared_ptr<Trainer> trainer_;
  State state_ = State::Idle;
};

}  // namespace ui
}  // namespace msl

Q_DECLARE_METATYPE(msl::ui::TrainingController::State)
