#include "plots/heatmap_chart.h"

#include <qcustomplot.h>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

namespace msl {
namespace plots {

HeatmapChart::HeatmapChart(QWidget* parent)
    : PlotWidget(parent),
      map_(new QCPColorMap(plot()->xAxis, plot()->yAxis)),
      scale_(new QCPColorScale(plot())) {
  QCustomPlot* plot = this->plot();
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot);
  plot->setAccessibleName(tr("Gradient norm per layer"));
  plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  plot->axisRect()->setRangeDrag(Qt::Horizontal);
  plot->axisRect()->setRangeZoom(Qt::Horizontal);
  plot->xAxis->setLabel(tr("Step"));
  plot->plotLayout()->addElement(0, 1, scale_);
  scale_->axis()->setLabel(tr("log10 gradient norm"));
  map_->setColorScale(scale_);
  map_->setGradient(QCPColorGradient::gpThermal);
  map_->setInterpolate(false);
  auto* margins = new QCPMarginGroup(plot);
  plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
  scale_->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
}

void HeatmapChart::setRows(const QStringList& rows) {
  rows_ = rows;
  steps_.clear();
  columns_.clear();
  auto ticker = QSharedPointer<QCPAxisTickerText>::create();
  for (int row = 0; row < rows.size(); ++row) ticker->addTick(row, rows[row]);
  plot()->yAxis->setTicker(ticker);
  scheduleRedraw();
}

void HeatmapChart::appendColumn(double step, const std::vector<double>& values) {
  steps_.append(step);
  columns_.append(values);
  scheduleRedraw();
}

double HeatmapChart::value(int column, int row) const {
  if (column < 0 || column >= columns_.size()) return std::numeric_limits<double>::quiet_NaN();
  const std::vector<double>& values = columns_[column];
  return row >= 0 && static_cast<std::size_t>(row) < values.size()
             ? values[static_cast<std::size_t>(row)]
             : std::numeric_limits<double>::quiet_NaN();
}

int HeatmapChart::drawnColumnCount() const {
  return map_->data()->keySize();
}

double HeatmapChart::largestDrawnValue() const {
  return map_->data()->dataBounds().upper;  // recalculated by redraw's rescaleDataRange
}

void HeatmapChart::redraw() {
  const int columns = static_cast<int>(columns_.size());
  const int rows = static_cast<int>(rows_.size());
  // About one cell per horizontal pixel, each the largest norm of the steps it covers: a long
  // run (100,000 steps x 64 modules took 344 ms per redraw) draws what the screen can show, and
  // a one-step explosion still shows.
  const int cells = std::min(columns, 2 * drawableColumns());
  map_->data()->setSize(std::max(cells, 1), std::max(rows, 1));
  const double firstStep = steps_.isEmpty() ? 0 : steps_.front();
  const double lastStep = steps_.isEmpty() ? 1 : steps_.back();
  map_->data()->setRange(QCPRange(firstStep, lastStep), QCPRange(0, std::max(rows - 1, 0)));
  std::vector<double> largest(static_cast<std::size_t>(rows));
  for (int cell = 0; cell < cells; ++cell) {
    const auto begin = static_cast<int>(static_cast<std::int64_t>(cell) * columns / cells);
    const auto end = static_cast<int>(static_cast<std::int64_t>(cell + 1) * columns / cells);
    std::fill(largest.begin(), largest.end(), 0.0);  // norms <= 0 and NaN are not drawn
    for (int column = begin; column < end; ++column) {
      const std::vector<double>& norms = columns_[column];
      for (std::size_t row = 0; row < std::min(norms.size(), largest.size()); ++row)
        if (norms[row] > largest[row]) largest[row] = norms[row];
    }
    for (int row = 0; row < rows; ++row) {
      const double norm = largest[static_cast<std::size_t>(row)];
      map_->data()->setCell(cell, row,
                            norm > 0 ? std::log10(norm) : std::numeric_limits<double>::quiet_NaN());
    }
  }
  map_->rescaleDataRange(true);
  plot()->rescaleAxes();
  plot()->replot();
}

}  // namespace plots
}  // namespace msl
