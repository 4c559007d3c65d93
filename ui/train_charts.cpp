#include "ui/train_charts.h"

#include <QGridLayout>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>
#include <array>
#include <cmath>

#include "plots/heatmap_chart.h"
#include "plots/live_chart.h"
#include "ui/run_quantity.h"

namespace msl {
namespace ui {

namespace {

plots::LiveChart* makeChart(QWidget* parent, const QString& title, const QString& valueLabel) {
  auto* chart = new plots::LiveChart(parent);
  chart->setTitle(title);
  chart->setValueLabel(valueLabel);
  chart->setMinimumHeight(220);
  return chart;
}

// "layers.12" is a whole layer's norm; "layers.12.mlp.up_proj" is one module of it.
std::vector<std::string> layerKeysOf(const StepReport& step) {
  static const QRegularExpression layer(QStringLiteral("^layers\\.(\\d+)$"));
  std::vector<std::pair<int, std::string>> found;
  for (const auto& entry : step.moduleGradNorms) {
    const auto match = layer.match(QString::fromStdString(entry.first));
    if (match.hasMatch()) found.emplace_back(match.captured(1).toInt(), entry.first);
  }
  std::sort(found.begin(), found.end());
  std::vector<std::string> keys;
  for (auto& entry : found) keys.push_back(std::move(entry.second));
  return keys;
}

}  // namespace

TrainCharts::TrainCharts(QWidget* parent)
    : QWidget(parent),
      loss_(makeChart(this, tr("Loss"), tr("loss"))),
      temperature_(makeChart(this, tr("Temperature"), tr("τ"))),
      gradient_(makeChart(this, tr("Gradient norm"), tr("global norm"))),
      learningRate_(makeChart(this, tr("Learning rate"), tr("lr"))),
      invalidMass_(makeChart(this, tr("Invalid probability mass"), tr("mass"))),
      throughput_(makeChart(this, tr("Throughput"), tr("tokens/s"))),
      memory_(makeChart(this, tr("Device memory"), tr("GB"))),
      evaluation_(makeChart(this, tr("Evaluation"), tr("metric"))),
      layers_(new plots::HeatmapChart(this)) {
  layers_->setMinimumHeight(220);
  auto* content = new QWidget;
  grid_ = new QGridLayout(content);
  scroll_ = new QScrollArea(this);
  scroll_->setWidgetResizable(true);
  scroll_->setWidget(content);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(scroll_);
  setUpSeries();
  reflow();
}

void TrainCharts::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  reflow();
}

void TrainCharts::reflow() {
  const std::array<QWidget*, 9> charts = {loss_,       temperature_,  gradient_,
                                          layers_,     learningRate_, invalidMass_,
                                          throughput_, evaluation_,   memory_};
  int widest = 0;
  for (QWidget* chart : charts) widest = std::max(widest, chart->minimumSizeHint().width());
  const int spacing = grid_->horizontalSpacing();
  const QMargins margins = grid_->contentsMargins();
  // The vertical scroll bar takes its share whenever the charts are taller than the page.
  const int usable = width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent) - margins.left() -
                     margins.right() - 2 * scroll_->frameWidth();
  const int columns = std::clamp((usable + spacing) / std::max(1, widest + spacing), 1, 3);
  if (columns == columns_) return;
  columns_ = columns;
  for (QWidget* chart : charts) grid_->removeWidget(chart);
  for (int column = 0; column < 3; ++column) grid_->setColumnStretch(column, column < columns);
  for (std::size_t i = 0; i < charts.size(); ++i)
    grid_->addWidget(charts[i], int(i) / columns, int(i) % columns);
}

void TrainCharts::setUpSeries() {
  loss_->addSeries(tr("loss (the objective)"));
  maskedCrossEntropySeries_ = loss_->addSeries(tr("masked cross-entropy at τ = 1"));
  tauSeries_ = temperature_->addSeries(tr("τ in use"));
  tauRawSeries_ = temperature_->addSeries(tr("τ̂ (ATS estimate)"));
  gradient_->addSeries(tr("gradient norm"));
  learningRate_->addSeries(tr("learning rate"));
  invalidMass_->addSeries(tr("invalid mass"));
  throughput_->addSeries(tr("tokens/s"));
  // On the CPU, allocated and reserved are both the resident set size.
  memory_->addSeries(tr("allocated"));
  memory_->addSeries(tr("reserved"));
  memory_->addSeries(tr("peak"));
  memory_->addSeries(tr("estimate before the run"));
}

void TrainCharts::clear(const std::string& lossKind) {
  for (plots::LiveChart* chart : {loss_, temperature_, gradient_, learningRate_, invalidMass_,
                                  throughput_, memory_, evaluation_})
    chart->clear();
  evaluationSeries_.clear();
  layerKeys_.clear();
  layers_->setRows({});
  setUpSeries();
  lossKind_ = lossKind;
  rowLossAtTauSeries_ =
      lossKind == "msl_ats" ? loss_->addSeries(tr("row loss at the τ in use (objective ÷ τ)")) : -1;
}

void TrainCharts::addStep(const StepReport& step, double runStart) {
  const double x = static_cast<double>(step.step);
  const double wall = runStart + step.elapsedSeconds;
  loss_->appendPoint(0, {x, wall, step.loss});
  if (isMeasured(step.maskedCrossEntropy))
    loss_->appendPoint(maskedCrossEntropySeries_, {x, wall, step.maskedCrossEntropy});
  if (rowLossAtTauSeries_ >= 0)
    loss_->appendPoint(rowLossAtTauSeries_, {x, wall, rowLossAtTau(step, lossKind_)});
  temperature_->appendPoint(tauSeries_, {x, wall, step.tau});
  if (isMeasured(step.tauRaw)) temperature_->appendPoint(tauRawSeries_, {x, wall, step.tauRaw});
  gradient_->appendPoint(0, {x, wall, step.gradNorm});
  learningRate_->appendPoint(0, {x, wall, step.learningRate});
  if (isMeasured(step.invalidMass)) invalidMass_->appendPoint(0, {x, wall, step.invalidMass});
  throughput_->appendPoint(0, {x, wall, step.tokensPerSecond});
  const std::array<std::int64_t, 4> bytes = {step.memoryAllocatedBytes, step.memoryReservedBytes,
                                             step.memoryPeakBytes, step.memoryEstimateBytes};
  for (std::size_t series = 0; series < bytes.size(); ++series)
    memory_->appendPoint(static_cast<int>(series),
                         {x, wall, static_cast<double>(bytes[series]) / 1e9});
  appendLayerColumn(step);
}

void TrainCharts::appendLayerColumn(const StepReport& step) {
  if (layerKeys_.empty()) {
    layerKeys_ = layerKeysOf(step);
    if (layerKeys_.empty()) return;
    QStringList rows;
    for (const std::string& key : layerKeys_) rows << QString::fromStdString(key);
    layers_->setRows(rows);
  }
  std::vector<double> column;
  column.reserve(layerKeys_.size());
  for (const std::string& key : layerKeys_) {
    const auto it = step.moduleGradNorms.find(key);
    column.push_back(it == step.moduleGradNorms.end() ? std::nan("") : it->second);
  }
  layers_->appendColumn(static_cast<double>(step.step), column);
}

void TrainCharts::addEvaluation(const EvaluationReport& report, double wallSeconds) {
  const EvaluationMetrics& metrics = report.metrics;
  for (const auto& [name, value] : metrics.metrics) {
    const QString label = QStringLiteral("%1 (%2)").arg(QString::fromStdString(name),
                                                        QString::fromStdString(metrics.split));
    auto it = evaluationSeries_.find(label);
    if (it == evaluationSeries_.end())
      it = evaluationSeries_.insert(label, evaluation_->addSeries(label));
    evaluation_->appendPoint(*it, {static_cast<double>(metrics.step), wallSeconds, value});
  }
}

}  // namespace ui
}  // namespace msl
