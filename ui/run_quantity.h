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

// A step's value of a step quantity of a run of `lossKind`; nullopt when `key` is not one, NaN
// when not measured.
std::optional<double> stepValue(const StepMetrics& step, const QString& key,
                                const std::string& lossKind);

// An evaluation's value of an evaluation quantity; nullopt when `key` names another split or
// a metric it lacks.
std::optional<double> evaluationValue(const EvaluationMetrics& evaluation, const QString& key);

}  // namespace ui
}  // namespace msl
