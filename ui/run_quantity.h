#pragma once
// What the Runs page can overlay for the selected runs: a quantity every step records (the
// objective, the τ-free loss, τ, ...) or a metric of the runs' evaluations of one split
// ("valid NDCG@10"). Named by a key that survives re-reads: "step:<column>" or
// "eval:<split>:<metric>".
#include <QString>
#include <QVector>
#include <optional>

#include "store/evaluation_metrics.h"
#include "store/step_metrics.h"

namespace msl {
namespace ui {

struct RunQuantity {
  QString key;
  QString label;  // as the chooser and the chart's value axis show it
};

// The step quantities, the objective first.
const QVector<RunQuantity>& stepQuantities();

RunQuantity evaluationQuantity(const std::string& split, const std::string& metric);

// The quantity a key names: a step quantity, or the evaluation metric an "eval:<split>:<metric>"
// key spells; nullopt for neither.
std::optional<RunQuantity> quantityOfKey(const QString& key);

// A file name for the key's chart, without suffix: "step:tau" -> "tau",
// "eval:valid:NDCG@10" -> "valid-NDCG@10".
QString fileStemOfKey(const QString& key);

// The mean loss of a target row at the τ the run trained with: its objective, but for MSL+ATS,
// whose objective is τ times it (the curve that falls while ATS raises τ).
double rowLossAtTau(const StepMetrics& step, const std::string& lossKind);

// A step's value of a step quantity of a run of `lossKind`; nullopt when `key` is not one, NaN
// when not measured.
std::optional<double> stepValue(const StepMetrics& step, const QString& key,
                                const std::string& lossKind);

// An evaluation's value of an evaluation quantity; nullopt when `key` names another split or
// a metric it lacks.
std::optional<double> evaluationValue(const EvaluationMetrics& evaluation, const QString& key);

}  // namespace ui
}  // namespace msl
