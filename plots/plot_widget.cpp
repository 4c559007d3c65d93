#include "plots/plot_widget.h"

#include <qcustomplot.h>

#include <algorithm>

#include "plots/plot_export.h"
#include "plots/plot_theme.h"
#include "plots/replot_queue.h"

namespace msl {
namespace plots {

namespace {
constexpr int kRedrawIntervalMs = 40;  // at most ~25 redraws per second
}  // namespace

PlotWidget::PlotWidget(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot(this)) {
  applyPalette(*plot_, palette());
  // A noisy curve's decimated min/max pairs cross each other thousands of times; QPainter's
  // stroker joins such a polyline in one path and took 600 ms per frame for a 100,000-step loss
  // curve (2,300 drawn points). Segment by segment it takes 10-15 ms (tst_live_chart).
  plot_->setPlottingHint(QCP::phFastPolylines, true);
  redrawTimer_.setSingleShot(true);
  redrawTimer_.setInterval(kRedrawIntervalMs);
  // Charts fed together (the Train page's) take turns instead of redrawing in one timer pass.
  connect(&redrawTimer_, &QTimer::timeout, this, [this] {
    ReplotQueue::instance().enqueue(this, [this] {
      if (isVisible()) {
        stale_ = false;
        redraw();
      } else {
        stale_ = true;
      }
    });
  });
}

int PlotWidget::drawableColumns() const {
  return std::max(200, plot_->axisRect()->width());
}

void PlotWidget::scheduleRedraw() {
  if (!redrawTimer_.isActive()) redrawTimer_.start();
}

QString PlotWidget::exportImage(const QString& path) {
  redraw();
  return exportPlot(*plot_, path);
}

void PlotWidget::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (stale_) scheduleRedraw();
}

void PlotWidget::changeEvent(QEvent* event) {
  if (event->type() == QEvent::PaletteChange) {
    applyPalette(*plot_, palette());
    plot_->replot(QCustomPlot::rpQueuedReplot);
  }
  QWidget::changeEvent(event);
}

}  // namespace plots
}  // namespace msl
