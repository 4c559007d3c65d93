#include "plots/heatmap_chart.h"

#include <qcustomplot.h>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

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

void HeatmapChart::redraw() {
  const int columns = static_cast<int>(columns_.size());
  const int rows = static_cast<int>(rows_.size());
  map_->data()->setSize(std::max(columns, 1), std::max(rows, 1));
  const double firstStep = steps_.isEmpty() ? 0 : steps_.front();
  const double lastStep = steps_.isEmpty() ? 1 : steps_.back();
  map_->data()->setRange(QCPRange(firstStep, lastStep), QCPRange(0, std::max(rows - 1, 0)));
  for (int column = 0; column < columns; ++column) {
    for (int row = 0; row < rows; ++row) {
      const double norm = value(column, row);
      map_->data()->setCell(column, row,
                            norm > 0 ? std::log10(norm) : std::numeric_limits<double>::quiet_NaN());
    }
  }
  map_->rescaleDataRange(true);
  plot()->rescaleAxes();
  plot()->replot();
}

}  // namespace plots
}  // namespace msl
