#pragma once
// Per-layer gradient norms over steps: one row per module, one column per recorded step, the
// colour the norm's log10 (norms span orders of magnitude across layers). Columns are appended
// on the UI thread; redraws are coalesced (plots/PlotWidget).
#include <QStringList>
#include <QVector>
#include <vector>

#include "plots/plot_widget.h"

class QCPColorMap;
class QCPColorScale;

namespace msl {
namespace plots {

class HeatmapChart : public PlotWidget {
  Q_OBJECT

 public:
  explicit HeatmapChart(QWidget* parent = nullptr);

  // Resets the chart to these rows (e.g. "layers.0.self_attn.q_proj", ...).
  void setRows(const QStringList& rows);
  // One value per row; NaN or <= 0 leaves the cell empty.
  void appendColumn(double step, const std::vector<double>& values);
  const QStringList& rows() const { return rows_; }
  int columnCount() const { return static_cast<int>(steps_.size()); }
  // Columns of the colour map as last drawn (at most about one per horizontal pixel).
  int drawnColumnCount() const;
  // The largest value the colour map last drew (log10 of a norm).
  double largestDrawnValue() const;
  // The value shown at (column, row), before the log: for tests and hover text.
  double value(int column, int row) const;

 protected:
  void redraw() override;

 private:
  QCPColorMap* map_;
  QCPColorScale* scale_;
  QStringList rows_;
  QVector<double> steps_;
  QVector<std::vector<double>> columns_;
};

}  // namespace plots
}  // namespace msl
