#include "plots/live_chart.h"

#include <qcustomplot.h>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "plots/chart_csv.h"
#include "plots/chart_toolbar.h"
#include "plots/exponential_smoothing.h"
#include "plots/min_max_decimation.h"

namespace msl {
namespace plots {
namespace {

const QVector<QColor>& seriesColors() {
  static const QVector<QColor> colors{QColor(31, 119, 180),  QColor(255, 127, 14),
                                      QColor(44, 160, 44),   QColor(214, 39, 40),
                                      QColor(148, 103, 189), QColor(140, 86, 75)};
  return colors;
}

QVector<double> relativeTo(const QVector<double>& values) {
  if (values.isEmpty()) return values;
  QVector<double> shifted(values.size());
  const double origin = values.front();
  for (qsizetype i = 0; i < values.size(); ++i) shifted[i] = values[i] - origin;
  return shifted;
}

}  // namespace

LiveChart::LiveChart(QWidget* parent) : PlotWidget(parent), toolbar_(new ChartToolbar(this)) {
  QCustomPlot* plot = this->plot();
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(toolbar_);
  layout->addWidget(plot, 1);
  toolbar_->setSmoothing(smoothing_);
  connect(toolbar_, &ChartToolbar::smoothingChosen, this, &LiveChart::setSmoothing);
  connect(toolbar_, &ChartToolbar::logYChosen, this, &LiveChart::setLogY);
  connect(toolbar_, &ChartToolbar::xAxisChosen, this, &LiveChart::setXAxisKind);
  connect(toolbar_, &ChartToolbar::exportRequested, this, &LiveChart::exportFromMenu);
  const auto fit = [this] {
    followData_ = true;
    fitToData();
    this->plot()->replot();
  };
  connect(toolbar_, &ChartToolbar::fitRequested, this, fit);

  plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  plot->setAccessibleName(tr("Chart"));
  plot->legend->setVisible(true);
  plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
  plot->xAxis->setLabel(tr("Step"));
  plot->setMinimumHeight(160);
  tracer_ = new QCPItemTracer(plot);
  tracer_->setStyle(QCPItemTracer::tsCircle);
  tracer_->setSize(7);
  tracer_->setVisible(false);

  connect(plot, &QCustomPlot::mousePress, this, [this] { followData_ = false; });
  connect(plot, &QCustomPlot::mouseWheel, this, [this] { followData_ = false; });
  connect(plot, &QCustomPlot::mouseDoubleClick, this, fit);
  connect(plot, &QCustomPlot::mouseMove, this,
          [this](QMouseEvent* event) { showValuesAt(event->pos()); });
}

LiveChart::~LiveChart() = default;

void LiveChart::setTitle(const QString& title) {
  title_ = title;
  plot()->setWindowTitle(title);
  plot()->setAccessibleName(title);
}

void LiveChart::setValueLabel(const QString& label) {
  plot()->yAxis->setLabel(label);
}

int LiveChart::addSeries(const QString& name, const QColor& color) {
  ChartSeries curve;
  curve.name = name;
  curve.color = color.isValid() ? color : seriesColors()[series_.size() % seriesColors().size()];
  QColor faint = curve.color;
  faint.setAlpha(70);
  QCPGraph* raw = plot()->addGraph();
  raw->setPen(QPen(faint, 1));
  raw->removeFromLegend();
  QCPGraph* smooth = plot()->addGraph();
  smooth->setPen(QPen(curve.color, 2));
  smooth->setName(name);
  series_.append(curve);
  rawGraphs_.append(raw);
  smoothGraphs_.append(smooth);
  scheduleRedraw();
  return static_cast<int>(series_.size() - 1);
}

void LiveChart::clear() {
  plot()->clearGraphs();
  series_.clear();
  rawGraphs_.clear();
  smoothGraphs_.clear();
  tracer_->setGraph(nullptr);
  tracer_->setVisible(false);
  followData_ = true;
  scheduleRedraw();
}

void LiveChart::appendPoint(int series, const ChartPoint& point) {
  appendPoints(series, QVector<ChartPoint>{point});
}

void LiveChart::appendPoints(int series, const QVector<ChartPoint>& points) {
  if (series < 0 || series >= series_.size()) return;
  ChartSeries& curve = series_[series];
  for (const ChartPoint& point : points) {
    curve.steps.append(point.step);
    curve.wallSeconds.append(point.wallSeconds);
    curve.values.append(point.value);
  }
  scheduleRedraw();
}

void LiveChart::redraw() {
  rebuildGraphs();
  if (followData_) fitToData();
  plot()->replot();
  ++replotCount_;
  Q_EMIT replotted();
}

void LiveChart::rebuildGraphs() {
  // Two points per horizontal pixel keep every visible extreme.
  const int buckets = drawableColumns();
  for (qsizetype i = 0; i < series_.size(); ++i) {
    const ChartSeries& curve = series_[i];
    const QVector<double> x =
        xAxis_ == XAxisKind::Step ? curve.steps : relativeTo(curve.wallSeconds);
    const XYSeries raw = decimateMinMax(x, curve.values, buckets);
    const XYSeries smooth =
        decimateMinMax(x, exponentialMovingAverage(curve.values, smoothing_), buckets);
    rawGraphs_[i]->setData(raw.x, raw.y, true);
    smoothGraphs_[i]->setData(smooth.x, smooth.y, true);
  }
}

void LiveChart::fitToData() {
  plot()->rescaleAxes(true);
  if (logY_) {
    // A log axis cannot show values <= 0; keep the positive range.
    QCPRange range = plot()->yAxis->range();
    if (range.lower <= 0) plot()->yAxis->setRange(range.sanitizedForLogScale());
  }
}

int LiveChart::drawnPointCount(int series) const {
  return rawGraphs_.value(series) ? rawGraphs_[series]->dataCount() : 0;
}

void LiveChart::setSmoothing(double smoothing) {
  smoothing_ = std::clamp(smoothing, 0.0, 0.99);
  toolbar_->setSmoothing(smoothing_);
  scheduleRedraw();
}

void LiveChart::setLogY(bool logY) {
  logY_ = logY;
  toolbar_->setLogY(logY);
  plot()->yAxis->setScaleType(logY ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
  if (logY) {
    plot()->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
  } else {
    plot()->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
  }
  followData_ = true;
  scheduleRedraw();
}

void LiveChart::setXAxisKind(XAxisKind kind) {
  xAxis_ = kind;
  toolbar_->setXAxisKind(kind);
  plot()->xAxis->setLabel(kind == XAxisKind::WallTime ? tr("Wall time (s)") : tr("Step"));
  followData_ = true;
  scheduleRedraw();
}

QString LiveChart::csv() const {
  return chartCsv(series_, smoothing_);
}

QString LiveChart::exportCsv(const QString& path) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
    return tr("Could not write %1: %2").arg(path, file.errorString());
  }
  file.write(csv().toUtf8());
  if (!file.commit()) return tr("Could not write %1: %2").arg(path, file.errorString());
  return {};
}

void LiveChart::exportFromMenu(const QString& filter) {
  const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), title_, filter);
  if (path.isEmpty()) return;
  const QString error = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                            ? exportCsv(path)
                            : exportImage(path);
  if (!error.isEmpty()) QMessageBox::warning(this, tr("Export failed"), error);
}

void LiveChart::showValuesAt(const QPoint& position) {
  if (series_.isEmpty()) return;
  const double key = plot()->xAxis->pixelToCoord(position.x());
  QStringList lines;
  QCPGraph* nearestGraph = nullptr;
  double nearestDistance = 0;
  for (qsizetype i = 0; i < series_.size(); ++i) {
    const ChartSeries& curve = series_[i];
    if (curve.values.isEmpty()) continue;
    const QVector<double> x =
        xAxis_ == XAxisKind::Step ? curve.steps : relativeTo(curve.wallSeconds);
    auto it = std::lower_bound(x.begin(), x.end(), key);
    if (it == x.end()) --it;
    if (it != x.begin() && std::abs(*(it - 1) - key) < std::abs(*it - key)) --it;
    const qsizetype index = it - x.begin();
    const QVector<double> smoothed = exponentialMovingAverage(curve.values, smoothing_);
    lines << tr("%1 at %2: %3 (smoothed %4)")
                 .arg(curve.name, QString::number(x[index]), QString::number(curve.values[index]),
                      QString::number(smoothed[index]));
    const double distance = std::abs(plot()->xAxis->coordToPixel(x[index]) - position.x());
    if (!nearestGraph || distance < nearestDistance) {
      nearestGraph = smoothGraphs_[i];
      nearestDistance = distance;
      tracer_->setGraphKey(x[index]);
    }
  }
  tracer_->setGraph(nearestGraph);
  tracer_->setVisible(nearestGraph != nullptr);
  plot()->replot(QCustomPlot::rpQueuedReplot);
  QToolTip::showText(plot()->mapToGlobal(position), lines.join(QLatin1Char('\n')), plot());
}

}  // namespace plots
}  // namespace msl
