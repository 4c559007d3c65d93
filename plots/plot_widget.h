#pragma once
// What every chart here shares around its QCustomPlot: the colours of the widget palette (and
// again when the palette changes: light/dark theme), image export, and coalesced redraws.
//
// scheduleRedraw() may be called for every point that arrives: a 40 ms single-shot timer turns
// any number of calls into one redraw, so a chart redraws at most ~25 times per second however
// fast data comes, and the redraw then waits for its turn in plots/ReplotQueue (one chart per
// event-loop turn). A hidden chart (another page) redraws when shown. This is the one place
// where the charts' updates are coalesced. GUI thread only.
#include <QTimer>
#include <QWidget>

class QCustomPlot;

namespace msl {
namespace plots {

class PlotWidget : public QWidget {
  Q_OBJECT

 public:
  QCustomPlot* plot() const { return plot_; }
  // PNG, PDF or SVG by the suffix (plots/plot_export.h), of everything received so far. Empty on
  // success, else a translated message naming the file.
  QString exportImage(const QString& path);

 protected:
  explicit PlotWidget(QWidget* parent);

  void scheduleRedraw();
  // Brings the plottables up to date and replots, now.
  virtual void redraw() = 0;
  // The plot area's width in pixels, at least 200 (before the first layout): how finely a long
  // series is worth drawing.
  int drawableColumns() const;

  void changeEvent(QEvent* event) override;
  void showEvent(QShowEvent* event) override;

 private:
  QCustomPlot* plot_;
  QTimer redrawTimer_;
  bool stale_ = false;  // data arrived while hidden
};

}  // namespace plots
}  // namespace msl
