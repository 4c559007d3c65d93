#pragma once
// Drives one background training run for the Train page: start, pause, resume, cancel, and the
// trainer's events as signals. It is the trainer's observer: the callbacks run on the training
// thread and only emit, so receivers on the GUI thread (connected the default way) get each
// plain value through a queued connection and never touch training state. The GUI thread never
// waits on training: the finished trainer (its thread join and the model it frees) is destroyed
// on a pool thread.
#include <QMetaType>
#include <QObject>
#include <QString>
#include <memory>

#include "training/trainer.h"
#include "training/trainer_events.h"

namespace msl {
namespace ui {

class TrainingController : public QObject, public TrainerObserver {
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

  // TrainerObserver, on the training thread.
  void onStep(const StepReport& report) override;
  void onLog(const std::string& level, const std::string& text) override;
  void onCheckpoint(const CheckpointReport& report) override;
  void onEvaluation(const EvaluationReport& report) override;
  void onFinished(const TrainingOutcome& outcome) override;

 Q_SIGNALS:
  void stateChanged(msl::ui::TrainingController::State state);
  void stepReported(const msl::StepReport& report);
  void logged(const QString& level, const QString& text);
  void checkpointWritten(const msl::CheckpointReport& report);
  void evaluated(const msl::EvaluationReport& report);
  // The run's last event, on the GUI thread after every other event of the run.
  void finished(const msl::TrainingOutcome& outcome);

 private:
  void setState(State state);
  void endRun(const TrainingOutcome& outcome);

  std::shared_ptr<Trainer> trainer_;
  State state_ = State::Idle;
};

}  // namespace ui
}  // namespace msl

Q_DECLARE_METATYPE(msl::StepReport)
Q_DECLARE_METATYPE(msl::CheckpointReport)
Q_DECLARE_METATYPE(msl::EvaluationReport)
Q_DECLARE_METATYPE(msl::TrainingOutcome)
Q_DECLARE_METATYPE(msl::ui::TrainingController::State)
