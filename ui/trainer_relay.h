#pragma once
// The trainer's observer for the GUI. Trainer callbacks run on the training thread; the relay only
// re-emits each value as a signal, so receivers on the GUI thread get it through a queued
// connection and never touch training state. One relay per run: its signals end with finished.
#include <QMetaType>
#include <QObject>
#include <QString>

#include "training/trainer_events.h"

namespace msl {
namespace ui {

class TrainerRelay : public QObject, public TrainerObserver {
  Q_OBJECT

 public:
  explicit TrainerRelay(QObject* parent = nullptr);

  void onStep(const StepReport& report) override;
  void onLog(const std::string& level, const std::string& text) override;
  void onCheckpoint(const CheckpointReport& report) override;
  void onEvaluation(const EvaluationReport& report) override;
  void onFinished(const TrainingOutcome& outcome) override;

 Q_SIGNALS:
  void stepReported(const msl::StepReport& report);
  void logged(const QString& level, const QString& text);
  void checkpointWritten(const msl::CheckpointReport& report);
  void evaluated(const msl::EvaluationReport& report);
  void finished(const msl::TrainingOutcome& outcome);
};

}  // namespace ui
}  // namespace msl

Q_DECLARE_METATYPE(msl::StepReport)
Q_DECLARE_METATYPE(msl::CheckpointReport)
Q_DECLARE_METATYPE(msl::EvaluationReport)
Q_DECLARE_METATYPE(msl::TrainingOutcome)
