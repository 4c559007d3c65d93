#include "plots/live_chart.h"

#include <qcustomplot.h>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSlider>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "plots/chart_csv.h"
#include "plots/exponential_smoothing.h"
#include "plots/min_max_decimation.h"
#include "plots/plot_export.h"
#include "plots/plot_theme.h"
#include "plots/replot_queue.h"

namespace msl {
namespace plots {
namespace {

constexpr int kRefreshIntervalMs = 40;  // at most ~25 replots per second

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

LiveChart::LiveChart(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot(this)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  auto* toolbar = new QWidget(this);
  buildToolbar(toolbar);
  layout->addWidget(toolbar);
  layout->addWidget(plot_, 1);

  plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  plot_->setAccessibleName(tr("Chart"));
  plot_->legend->setVisible(true);
  plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
  plot_->xAxis->setLabel(tr("Step"));
  plot_->setMinimumHeight(160);
  tracer_ = new QCPItemTracer(plot_);
  tracer_->setStyle(QCPItemTracer::tsCircle);
  tracer_->setSize(7);
  tracer_->setVisible(false);
  applyPalette(*plot_, palette());

  connect(plot_, &QCustomPlot::mousePress, this, [this] { followData_ = false; });
  connect(plot_, &QCustomPlot::mouseWheel, this, [this] { followData_ = false; });
  connect(plot_, &QCustomPlot::mouseDoubleClick, this, [this] {
    followData_ = true;
    fitToData();
    plot_->replot();
  });
  connect(plot_, &QCustomPlot::mouseMove, this,
          [this](QMouseEvent* event) { showValuesAt(event->pos()); });

  refreshTimer_.setSingleShot(true);
  refreshTimer_.setInterval(kRefreshIntervalMs);
  // Charts fed together (the Train page's) take turns instead of redrawing in one timer pass.
  connect(&refreshTimer_, &QTimer::timeout, this,
          [this] { ReplotQueue::instance().enqueue(this, [this] { refresh(); }); });
}

LiveChart::~LiveChart() = default;

void LiveChart::buildToolbar(QWidget* toolbar) {
  auto* row = new QHBoxLayout(toolbar);
  row->setContentsMargins(0, 0, 0, 0);
  auto* smoothingLabel = new QLabel(tr("Smoothing"), toolbar);
  smoothingSlider_ = new QSlider(Qt::Horizontal, toolbar);
  smoothingSlider_->setRange(0, 99);
  smoothingSlider_->setValue(static_cast<int>(smoothing_ * 100));
  smoothingSlider_->setMaximumWidth(140);
  smoothingSlider_->setAccessibleName(tr("Smoothing"));
  smoothingLabel->setBuddy(smoothingSlider_);
  connect(smoothingSlider_, &QSlider::valueChanged, this,
          [this](int value) { setSmoothing(value / 100.0); });

  logYBox_ = new QCheckBox(tr("Log y"), toolbar);
  logYBox_->setAccessibleName(tr("Logarithmic y axis"));
  connect(logYBox_, &QCheckBox::toggled, this, &LiveChart::setLogY);

  xAxisBox_ = new QComboBox(toolbar);
  xAxisBox_->addItem(tr("Step"));
  xAxisBox_->addItem(tr("Wall time (s)"));
  xAxisBox_->setAccessibleName(tr("X axis"));
  connect(xAxisBox_, qOverload<int>(&QComboBox::currentIndexChanged), this,
          [this](int index) { setXAxisKind(index == 1 ? XAxisKind::WallTime : XAxisKind::Step); });

  auto* fitButton = new QToolButton(toolbar);
  fitButton->setText(tr("Fit"));
  fitButton->setToolTip(tr("Show all data again (or double-click the chart)"));
  connect(fitButton, &QToolButton::clicked, this, [this] {
    followData_ = true;
    fitToData();
    plot_->replot();
  });

  exportButton_ = new QToolButton(toolbar);
  exportButton_->setText(tr("Export"));
  exportButton_->setPopupMode(QToolButton::InstantPopup);
  auto* menu = new QMenu(exportButton_);
  menu->addAction(tr("Image (PNG)…"), this, [this] { exportFromMenu(tr("PNG image (*.png)")); });
  menu->addAction(tr("Document (PDF)…"), this, [this] { exportFromMenu(tr("PDF (*.pdf)")); });
  menu->addAction(tr("Vector image (SVG)…"), this, [this] { exportFromMenu(tr("SVG (*.svg)")); });
  menu->addAction(tr("Data (CSV)…"), this, [this] { exportFromMenu(tr("CSV (*.csv)")); });
  exportButton_->setMenu(menu);

  row->addWidget(smoothingLabel);
  row->addWidget(smoothingSlider_);
  row->addWidget(logYBox_);
  row->addWidget(xAxisBox_);
  row->addStretch(1);
  row->addWidget(fitButton);
  row->addWidget(exportButton_);
}

void LiveChart::setTitle(const QString& title) {
  title_ = title;
  plot_->setWindowTitle(title);
  plot_->setAccessibleName(title);
}

void LiveChart::setValueLabel(const QString& label) {
  plot_->yAxis->setLabel(label);
}

int LiveChart::addSeries(const QString& name, const QColor& color) {
  drainPending();
  ChartSeries curve;
  curve.name = name;
  curve.color = color.isValid() ? color : seriesColors()[series_.size() % seriesColors().size()];
  QColor faint = curve.color;
  faint.setAlpha(70);
  QCPGraph* raw = plot_->addGraph();
  raw->setPen(QPen(faint, 1));
  raw->removeFromLegend();
  QCPGraph* smooth = plot_->addGraph();
  smooth->setPen(QPen(curve.color, 2));
  smooth->setName(name);
  series_.append(curve);
  rawGraphs_.append(raw);
  smoothGraphs_.append(smooth);
  scheduleRefresh();
  return static_cast<int>(series_.size() - 1);
}

void LiveChart::clear() {
  {
    QMutexLocker lock(&pendingMutex_);
    pending_.clear();
  }
  plot_->clearGraphs();
  series_.clear();
  rawGraphs_.clear();
  smoothGraphs_.clear();
  tracer_->setGraph(nullptr);
  tracer_->setVisible(false);
  followData_ = true;
  scheduleRefresh();
}

void LiveChart::appendPoint(int series, const ChartPoint& point) {
  appendPoints(series, QVector<ChartPoint>{point});
}

void LiveChart::appendPoints(int series, const QVector<ChartPoint>& points) {
  bool notify = false;
  {
    QMutexLocker lock(&pendingMutex_);
    pending_.append({series, points});
    notify = !notificationQueued_;
    notificationQueued_ = true;
  }
  if (notify) QMetaObject::invokeMethod(this, &LiveChart::scheduleRefresh, Qt::QueuedConnection);
}

void LiveChart::scheduleRefresh() {
  if (!refreshTimer_.isActive()) refreshTimer_.start();
}

void LiveChart::drainPending() {
  QVector<PendingPoints> batches;
  {
    QMutexLocker lock(&pendingMutex_);
    batches.swap(pending_);
    notificationQueued_ = false;
  }
  for (const PendingPoints& batch : batches) {
    if (batch.series < 0 || batch.series >= series_.size()) continue;
    ChartSeries& curve = series_[batch.series];
    for (const ChartPoint& point : batch.points) {
      curve.steps.append(point.step);
      curve.wallSeconds.append(point.wallSeconds);
      curve.values.append(point.value);
    }
  }
}

void LiveChart::refresh() {
  // A hidden chart (another page) only takes its points; it is drawn when shown.
  if (!isVisible()) {
    drainPending();
    stale_ = true;
    return;
  }
  redraw();
}

void LiveChart::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (stale_) scheduleRefresh();
}

void LiveChart::redraw() {
  stale_ = false;
  drainPending();
  rebuildGraphs();
  if (followData_) fitToData();
  plot_->replot();
  ++replotCount_;
  Q_EMIT replotted();
}

void LiveChart::rebuildGraphs() {
  // Two points per horizontal pixel keep every visible extreme.
  const int buckets = std::max(200, plot_->axisRect()->width());
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
  plot_->rescaleAxes(true);
  if (logY_) {
    // A log axis cannot show values <= 0; keep the positive range.
    QCPRange range = plot_->yAxis->range();
    if (range.lower <= 0) plot_->yAxis->setRange(range.sanitizedForLogScale());
  }
}

int LiveChart::drawnPointCount(int series) const {
  return rawGraphs_.value(series) ? rawGraphs_[series]->dataCount() : 0;
}

void LiveChart::setSmoothing(double smoothing) {
  smoothing_ = std::clamp(smoothing, 0.0, 0.99);
  const int sliderValue = static_cast<int>(std::lround(smoothing_ * 100));
  if (smoothingSlider_->value() != sliderValue) {
    QSignalBlocker blocker(smoothingSlider_);
    smoothingSlider_->setValue(sliderValue);
  }
  scheduleRefresh();
}

void LiveChart::setLogY(bool logY) {
  logY_ = logY;
  if (logYBox_->isChecked() != logY) {
    QSignalBlocker blocker(logYBox_);
    logYBox_->setChecked(logY);
  }
  plot_->yAxis->setScaleType(logY ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
  if (logY) {
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
  } else {
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
  }
  followData_ = true;
  scheduleRefresh();
}

void LiveChart::setXAxisKind(XAxisKind kind) {
  xAxis_ = kind;
  const int index = kind == XAxisKind::WallTime ? 1 : 0;
  if (xAxisBox_->currentIndex() != index) {
    QSignalBlocker blocker(xAxisBox_);
    xAxisBox_->setCurrentIndex(index);
  }
  plot_->xAxis->setLabel(kind == XAxisKind::WallTime ? tr("Wall time (s)") : tr("Step"));
  followData_ = true;
  scheduleRefresh();
}

QVector<ChartSeries> LiveChart::series() {
  drainPending();
  return series_;
}

QString LiveChart::csv() {
  return chartCsv(series(), smoothing_);
}

QString LiveChart::exportImage(const QString& path) {
  redraw();
  return exportPlot(*plot_, path);
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
  const double key = plot_->xAxis->pixelToCoord(position.x());
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
    const double distance = std::abs(plot_->xAxis->coordToPixel(x[index]) - position.x());
    if (!nearestGraph || distance < nearestDistance) {
      nearestGraph = smoothGraphs_[i];
      nearestDistance = distance;
      tracer_->setGraphKey(x[index]);
    }
  }
  tracer_->setGraph(nearestGraph);
  tracer_->setVisible(nearestGraph != nullptr);
  plot_->replot(QCustomPlot::rpQueuedReplot);
  QToolTip::showText(plot_->mapToGlobal(position), lines.join(QLatin1Char('\n')), plot_);
}

void LiveChart::changeEvent(QEvent* event) {
  if (event->type() == QEvent::PaletteChange) {
    applyPalette(*plot_, palette());
    plot_->replot(QCustomPlot::rpQueuedReplot);
  }
  QWidget::changeEvent(event);
}

}  // namespace plots
}  // namespace msl
