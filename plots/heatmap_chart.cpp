#include "plots/heatmap_chart.h"

#include <qcustomplot.h>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

#include "plots/plot_export.h"
#include "plots/plot_theme.h"
#include "plots/replot_queue.h"

namespace msl {
namespace plots {

HeatmapChart::HeatmapChart(QWidget* parent)
    : QWidget(parent),
      plot_(new QCustomPlot(this)),
      map_(new QCPColorMap(plot_->xAxis, plot_->yAxis)),
      scale_(new QCPColorScale(plot_)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_);
  plot_->setAccessibleName(tr("Gradient norm per layer"));
  plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  plot_->axisRect()->setRangeDrag(Qt::Horizontal);
  plot_->axisRect()->setRangeZoom(Qt::Horizontal);
  plot_->xAxis->setLabel(tr("Step"));
  plot_->plotLayout()->addElement(0, 1, scale_);
  scale_->axis()->setLabel(tr("log10 gradient norm"));
  map_->setColorScale(scale_);
  map_->setGradient(QCPColorGradient::gpThermal);
  map_->setInterpolate(false);
  auto* margins = new QCPMarginGroup(plot_);
  plot_->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
  scale_->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
  applyPalette(*plot_, palette());

  refreshTimer_.setSingleShot(true);
  refreshTimer_.setInterval(40);
  // Takes its turn with the live charts it is shown beside (plots/replot_queue.h).
  connect(&refreshTimer_, &QTimer::timeout, this, [this] {
    ReplotQueue::instance().enqueue(this, [this] {
      if (isVisible()) {
        refresh();
      } else {
        stale_ = true;  // drawn when shown
      }
    });
  });
}

void HeatmapChart::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (stale_ && !refreshTimer_.isActive()) refreshTimer_.start();
}

void HeatmapChart::setRows(const QStringList& rows) {
  rows_ = rows;
  steps_.clear();
  columns_.clear();
  auto ticker = QSharedPointer<QCPAxisTickerText>::create();
  for (int row = 0; row < rows.size(); ++row) ticker->addTick(row, rows[row]);
  plot_->yAxis->setTicker(ticker);
  refreshTimer_.start();
}

void HeatmapChart::appendColumn(double step, const std::vector<double>& values) {
  steps_.append(step);
  columns_.append(values);
  if (!refreshTimer_.isActive()) refreshTimer_.start();
}

double HeatmapChart::value(int column, int row) const {
  if (column < 0 || column >= columns_.size()) return std::numeric_limits<double>::quiet_NaN();
  const std::vector<double>& values = columns_[column];
  return row >= 0 && static_cast<std::size_t>(row) < values.size()
             ? values[static_cast<std::size_t>(row)]
             : std::numeric_limits<double>::quiet_NaN();
}

void HeatmapChart::refresh() {
  stale_ = false;
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
  plot_->rescaleAxes();
  plot_->replot();
}

QString HeatmapChart::exportImage(const QString& path) {
  refresh();
  return exportPlot(*plot_, path);
}

void HeatmapChart::changeEvent(QEvent* event) {
  if (event->type() == QEvent::PaletteChange) {
    applyPalette(*plot_, palette());
    plot_->replot(QCustomPlot::rpQueuedReplot);
  }
  QWidget::changeEvent(event);
}

}  // namespace plots
}  // namespace msl
