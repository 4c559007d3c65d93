#include "ui/trainer_relay.h"

namespace msl {
namespace ui {

TrainerRelay::TrainerRelay(QObject* parent) : QObject(parent) {
  // Queued connections copy arguments through the meta-type system.
  qRegisterMetaType<msl::StepReport>();
  qRegisterMetaType<msl::CheckpointReport>();
  qRegisterMetaType<msl::EvaluationReport>();
  qRegisterMetaType<msl::TrainingOutcome>();
}

void TrainerRelay::onStep(const StepReport& report) {
  Q_EMIT stepReported(report);
}

void TrainerRelay::onLog(const std::string& level, const std::string& text) {
  Q_EMIT logged(QString::fromStdString(level), QString::fromStdString(text));
}

void TrainerRelay::onCheckpoint(const CheckpointReport& report) {
  Q_EMIT checkpointWritten(report);
}

void TrainerRelay::onEvaluation(const EvaluationReport& report) {
  Q_EMIT evaluated(report);
}

void TrainerRelay::onFinished(const TrainingOutcome& outcome) {
  Q_EMIT finished(outcome);
}

}  // namespace ui
}  // namespace msl
