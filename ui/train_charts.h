#pragma once
// The Train page's live charts of one run: loss (the objective, and beside it the masked
// cross-entropy at τ = 1, which falls as the model learns even while ATS raises τ·ℓ), τ in use
// and the ATS estimate τ̂, global and per-layer gradient norms, learning rate, invalid
// probability mass, throughput, device memory beside its estimate, and the evaluations during
// training. Every chart coalesces its replots (plots/LiveChart).
#include <QHash>
#include <QWidget>
#include <string>
#include <vector>

#include "training/trainer_events.h"

class QGridLayout;
class QScrollArea;

namespace msl {
namespace plots {
class HeatmapChart;
class LiveChart;
}  // namespace plots
}  // namespace msl

namespace msl {
namespace ui {

class TrainCharts : public QWidget {
  Q_OBJECT

 public:
  explicit TrainCharts(QWidget* parent = nullptr);

  // Empties every chart for a run of `lossKind` ("lml", "msl", "msl_ats"; "" when unknown).
  void clear(const std::string& lossKind = {});
  // `runStart` (seconds since the epoch) turns the steps' elapsed time into wall time.
  void addStep(const StepReport& step, double runStart);
  void addEvaluation(const EvaluationReport& report, double wallSeconds);

  plots::LiveChart* lossChart() const { return loss_; }
  plots::LiveChart* temperatureChart() const { return temperature_; }
  plots::LiveChart* gradientChart() const { return gradient_; }
  plots::LiveChart* learningRateChart() const { return learningRate_; }
  plots::LiveChart* invalidMassChart() const { return invalidMass_; }
  plots::LiveChart* throughputChart() const { return throughput_; }
  // Allocated, reserved and peak device memory (GB) per step, beside the pre-run estimate.
  plots::LiveChart* memoryChart() const { return memory_; }
  plots::LiveChart* evaluationChart() const { return evaluation_; }
  plots::HeatmapChart* layerChart() const { return layers_; }

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  void setUpSeries();
  // As many columns as fit the width (one to three), so that the page never scrolls sideways.
  void reflow();
  void appendLayerColumn(const StepReport& step);

  plots::LiveChart* loss_;
  plots::LiveChart* temperature_;
  plots::LiveChart* gradient_;
  plots::LiveChart* learningRate_;
  plots::LiveChart* invalidMass_;
  plots::LiveChart* throughput_;
  plots::LiveChart* memory_;
  plots::LiveChart* evaluation_;
  plots::HeatmapChart* layers_;
  QGridLayout* grid_;
  QScrollArea* scroll_;
  int columns_ = 0;
  int maskedCrossEntropySeries_ = 0;  // on the loss chart: the τ-free curve beside τ·ℓ
  // MSL+ATS only: the objective ÷ τ, the mean row loss at the τ in use. The cross-entropy at
  // τ = 1 climbs while ATS raises τ (the logits grow with it); this one falls as the model learns.
  int rowLossAtTauSeries_ = -1;
  std::string lossKind_;
  int tauSeries_ = 0;
  int tauRawSeries_ = 0;
  QHash<QString, int> evaluationSeries_;  // "NDCG@10 (valid)" -> series
  std::vector<std::string> layerKeys_;    // "layers.0", "layers.1", ... in layer order
};

}  // namespace ui
}  // namespace msl
