#pragma once
// A training curve chart that stays smooth while points stream in.
//
// Points are appended on the GUI thread (the Train page applies each step report as its queued
// signal arrives) and only stored; the redraw is coalesced (plots/PlotWidget: at most ~25 per
// second, one chart per event-loop turn, a hidden chart when shown). Each series is drawn twice:
// the raw values faint, their exponential moving average solid; both are min/max-decimated to
// the plot's width.
#include <QVector>

#include "plots/chart_series.h"
#include "plots/plot_widget.h"
#include "plots/x_axis_kind.h"

class QCPGraph;
class QCPItemTracer;

namespace msl {
namespace plots {

class ChartToolbar;

class LiveChart : public PlotWidget {
  Q_OBJECT

 public:
  explicit LiveChart(QWidget* parent = nullptr);
  ~LiveChart() override;

  void setTitle(const QString& title);
  void setValueLabel(const QString& label);
  // Returns the series index used by appendPoint.
  int addSeries(const QString& name, const QColor& color = QColor());
  void clear();

  // GUI thread only, like every widget call.
  void appendPoint(int series, const ChartPoint& point);
  void appendPoints(int series, const QVector<ChartPoint>& points);

  double smoothing() const { return smoothing_; }
  void setSmoothing(double smoothing);
  bool logY() const { return logY_; }
  void setLogY(bool logY);
  XAxisKind xAxisKind() const { return xAxis_; }
  void setXAxisKind(XAxisKind kind);

  // Every point received so far.
  const QVector<ChartSeries>& series() const { return series_; }
  QString csv() const;
  // Empty on success, else a message naming the file.
  QString exportCsv(const QString& path);

  int replotCount() const { return replotCount_; }
  // Points drawn for `series` after decimation (raw line), for tests and diagnostics.
  int drawnPointCount(int series) const;

 Q_SIGNALS:
  void replotted();

 protected:
  void redraw() override;

 private:
  void rebuildGraphs();
  void fitToData();
  void showValuesAt(const QPoint& position);
  void exportFromMenu(const QString& filter);

  ChartToolbar* toolbar_;
  QCPItemTracer* tracer_ = nullptr;

  QVector<ChartSeries> series_;
  QVector<QCPGraph*> rawGraphs_;
  QVector<QCPGraph*> smoothGraphs_;
  double smoothing_ = 0.6;
  bool logY_ = false;
  XAxisKind xAxis_ = XAxisKind::Step;
  bool followData_ = true;  // false once the user zooms or pans, until "Fit"
  int replotCount_ = 0;
  QString title_;
};

}  // namespace plots
}  // namespace msl
