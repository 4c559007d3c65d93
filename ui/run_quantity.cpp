#include "ui/run_quantity.h"

#include <QCoreApplication>

namespace msl {
namespace ui {
namespace {

struct StepColumn {
  RunQuantity quantity;
  double StepMetrics::*member;
};

// The literals are marked with QT_TRANSLATE_NOOP in this context so that lupdate extracts them.
QString translated(const char* text) {
  return QCoreApplication::translate("msl::ui::RunQuantity", text);
}

const QVector<StepColumn>& stepColumns() {
  // The τ-free loss comes second: it is what runs of different loss kinds and temperatures
  // share, where the objective τ·ℓ of an ATS run climbs with τ.
  static const QVector<StepColumn> columns{
      {{QStringLiteral("step:loss"),
        translated(QT_TRANSLATE_NOOP("msl::ui::RunQuantity", "Loss (the objective)"))},
       &StepMetrics::loss},
      {{QStringLiteral("step:masked_cross_entropy"),
        translated(QT_TRANSLATE_NOOP("msl::ui::RunQuantity", "Masked cross-entropy at τ = 1"))},
       &StepMetrics::maskedCrossEntropy},
      {{QStringLiteral("step:tau"),
        translated(QT_TRANSLATE_NOOP("msl::ui::RunQuantity", "Temperature τ"))},
       &StepMetrics::tau},
      {{QStringLiteral("step:invalid_mass"),
        translated(QT_TRANSLATE_NOOP("msl::ui::RunQuantity", "Invalid probability mass"))},
       &StepMetrics::invalidMass},
      {{QStringLiteral("step:grad_norm"),
        translated(QT_TRANSLATE_NOOP("msl::ui::RunQuantity", "Gradient norm"))},
       &StepMetrics::gradNorm},
      {{QStringLiteral("step:learning_rate"),
        translated(QT_TRANSLATE_NOOP("msl::ui::RunQuantity", "Learning rate"))},
       &StepMetrics::learningRate},
      {{QStringLiteral("step:tokens_per_second"),
        translated(QT_TRANSLATE_NOOP("msl::ui::RunQuantity", "Tokens per second"))},
       &StepMetrics::tokensPerSecond},
  };
  return columns;
}

// Derived from the objective: τ·mean ℓ under MSL+ATS, the mean ℓ at the run's τ otherwise.
const RunQuantity& rowLossAtTauQuantity() {
  static const RunQuantity quantity{
      QStringLiteral("step:row_loss_at_tau"),
      translated(QT_TRANSLATE_NOOP("msl::ui::RunQuantity",
                                   "Row loss at the run's τ (objective ÷ τ under ATS)"))};
  return quantity;
}

}  // namespace

const QVector<RunQuantity>& stepQuantities() {
  static const QVector<RunQuantity> quantities = [] {
    QVector<RunQuantity> all;
    for (const StepColumn& column : stepColumns()) all.append(column.quantity);
    // After the two losses: what falls as an MSL+ATS run learns while its objective climbs with τ.
    all.insert(2, rowLossAtTauQuantity());
    return all;
  }();
  return quantities;
}

RunQuantity evaluationQuantity(const std::string& split, const std::string& metric) {
  const QString splitName = QString::fromStdString(split);
  const QString metricName = QString::fromStdString(metric);
  return {
      QStringLiteral("eval:%1:%2").arg(splitName, metricName),
      translated(QT_TRANSLATE_NOOP("msl::ui::RunQuantity", "%1 on %2")).arg(metricName, splitName)};
}

std::optional<RunQuantity> quantityOfKey(const QString& key) {
  for (const RunQuantity& quantity : stepQuantities())
    if (quantity.key == key) return quantity;
  const QStringList parts = key.split(QLatin1Char(':'));
  if (parts.size() == 3 && parts[0] == QLatin1String("eval"))
    return evaluationQuantity(parts[1].toStdString(), parts[2].toStdString());
  return std::nullopt;
}

QString fileStemOfKey(const QString& key) {
  return key.section(QLatin1Char(':'), 1).replace(QLatin1Char(':'), QLatin1Char('-'));
}

double rowLossAtTau(const StepMetrics& step, const std::string& lossKind) {
  return lossKind == "msl_ats" && step.tau > 0 ? step.loss / step.tau : step.loss;
}

std::optional<double> stepValue(const StepMetrics& step, const QString& key,
                                const std::string& lossKind) {
  if (key == rowLossAtTauQuantity().key) return rowLossAtTau(step, lossKind);
  for (const StepColumn& column : stepColumns())
    if (column.quantity.key == key) return step.*(column.member);
  return std::nullopt;
}

std::optional<double> evaluationValue(const EvaluationMetrics& evaluation, const QString& key) {
  const QString prefix = QStringLiteral("eval:%1:").arg(QString::fromStdString(evaluation.split));
  if (!key.startsWith(prefix)) return std::nullopt;
  const auto found = evaluation.metrics.find(key.mid(prefix.size()).toStdString());
  if (found == evaluation.metrics.end()) return std::nullopt;
  return found->second;
}

}  // namespace ui
}  // namespace msl
