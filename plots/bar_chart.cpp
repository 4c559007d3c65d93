#include "plots/bar_chart.h"

#include <qcustomplot.h>
#include <QToolTip>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

namespace msl {
namespace plots {

BarChart::BarChart(QWidget* parent)
    : PlotWidget(parent),
      bars_(new QCPBars(plot()->xAxis, plot()->yAxis)),
      reference_(new QCPItemStraightLine(plot())),
      referenceLabel_(new QCPItemText(plot())),
      referenceValue_(std::numeric_limits<double>::quiet_NaN()) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot());
  plot()->setMinimumHeight(140);
  plot()->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  bars_->setWidth(0.8);
  bars_->setPen(Qt::NoPen);
  bars_->setBrush(QColor(31, 119, 180, 190));
  reference_->setPen(QPen(QColor(214, 39, 40), 1, Qt::DashLine));
  reference_->setVisible(false);
  // x as a fraction of the axis rect, y in data coordinates: the label rides on the line.
  referenceLabel_->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
  referenceLabel_->position->setTypeY(QCPItemPosition::ptPlotCoords);
  referenceLabel_->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
  referenceLabel_->setColor(QColor(214, 39, 40));
  referenceLabel_->setVisible(false);

  connect(plot(), &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
    const double key = std::round(plot()->xAxis->pixelToCoord(event->pos().x()));
    const qsizetype index = keys_.indexOf(key);
    if (index < 0) return;
    QToolTip::showText(plot()->mapToGlobal(event->pos()),
                       QStringLiteral("%1: %2").arg(key).arg(values_[index]), plot());
  });
  connect(plot(), &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent* event) {
    const double key = std::round(plot()->xAxis->pixelToCoord(event->pos().x()));
    if (keys_.contains(key)) Q_EMIT barClicked(key);
  });
}

void BarChart::setAxisLabels(const QString& x, const QString& y) {
  plot()->xAxis->setLabel(x);
  plot()->yAxis->setLabel(y);
  plot()->setAccessibleName(y);
}

void BarChart::setBars(const QVector<double>& keys, const QVector<double>& values) {
  keys_ = keys;
  values_ = values;
  bars_->setData(keys, values);
  fit();
}

void BarChart::setLogY(bool logY) {
  logY_ = logY;
  plot()->yAxis->setScaleType(logY ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
  if (logY) {
    plot()->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    bars_->setBaseValue(0.5);  // log bars grow from below 1 so a count of 1 is visible
  } else {
    plot()->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    bars_->setBaseValue(0);
  }
  fit();
}

void BarChart::setReferenceLine(double value, const QString& label) {
  referenceValue_ = value;
  reference_->setVisible(!std::isnan(value));
  if (!std::isnan(value)) {
    reference_->point1->setCoords(0, value);
    reference_->point2->setCoords(1, value);
  }
  referenceLabel_->setVisible(!std::isnan(value));
  referenceLabel_->setText(label);
  referenceLabel_->position->setCoords(0.99, std::isnan(value) ? 0 : value);
  fit();
}

void BarChart::fit() {
  plot()->rescaleAxes();
  QCPRange x = plot()->xAxis->range();
  plot()->xAxis->setRange(x.lower - 1, x.upper + 1);
  QCPRange y = plot()->yAxis->range();
  double upper = y.upper;
  if (!std::isnan(referenceValue_)) upper = std::max(upper, referenceValue_);
  if (logY_) {
    plot()->yAxis->setRange(0.5, std::max(upper * 2, 2.0));
  } else {
    plot()->yAxis->setRange(0, std::max(upper * 1.05, 1.0));
  }
  plot()->replot(QCustomPlot::rpQueuedReplot);
}

void BarChart::redraw() {
  plot()->replot();
}

}  // namespace plots
}  // namespace msl
