#pragma once
// A training curve chart that stays smooth while points stream in.
//
// Producers (a poller, later the training worker's relay) call appendPoint/appendPoints from any
// thread: points go into a mutex-protected buffer and at most one queued notification is in
// flight. The chart drains the buffer on a 40 ms single-shot timer, so it replots at most ~25
// times per second however fast points arrive; the redraw itself waits for its turn in
// plots/ReplotQueue (one chart per event-loop turn), and a hidden chart redraws when shown. Each
// series is drawn twice: the raw values faint, their exponential moving average solid; both are
// min/max-decimated to the plot's width.
#include <QMutex>
#include <QTimer>
#include <QVector>
#include <QWidget>

#include "plots/chart_series.h"
#include "plots/x_axis_kind.h"

class QCustomPlot;
class QCPGraph;
class QCPItemTracer;
class QCheckBox;
class QComboBox;
class QSlider;
class QToolButton;

namespace msl {
namespace plots {

class LiveChart : public QWidget {
  Q_OBJECT

 public:
  explicit LiveChart(QWidget* parent = nullptr);
  ~LiveChart() override;

  void setTitle(const QString& title);
  void setValueLabel(const QString& label);
  // Returns the series index used by appendPoint.
  int addSeries(const QString& name, const QColor& color = QColor());
  void clear();

  // Thread-safe.
  void appendPoint(int series, const ChartPoint& point);
  void appendPoints(int series, const QVector<ChartPoint>& points);

  double smoothing() const { return smoothing_; }
  void setSmoothing(double smoothing);
  bool logY() const { return logY_; }
  void setLogY(bool logY);
  XAxisKind xAxisKind() const { return xAxis_; }
  void setXAxisKind(XAxisKind kind);

  // Every point received so far (drains pending points first).
  QVector<ChartSeries> series();
  QString csv();
  // Empty on success, else a message naming the file.
  QString exportImage(const QString& path);
  QString exportCsv(const QString& path);

  QCustomPlot* plot() const { return plot_; }
  int replotCount() const { return replotCount_; }
  // Points drawn for `series` after decimation (raw line), for tests and diagnostics.
  int drawnPointCount(int series) const;

 Q_SIGNALS:
  void replotted();

 protected:
  void changeEvent(QEvent* event) override;
  void showEvent(QShowEvent* event) override;

 private:
  struct PendingPoints {
    int series;
    QVector<ChartPoint> points;
  };

  void scheduleRefresh();
  void drainPending();
  void refresh();
  void redraw();
  void rebuildGraphs();
  void fitToData();
  void showValuesAt(const QPoint& position);
  void exportFromMenu(const QString& filter);
  void buildToolbar(QWidget* toolbar);

  QCustomPlot* plot_ = nullptr;
  QSlider* smoothingSlider_ = nullptr;
  QCheckBox* logYBox_ = nullptr;
  QComboBox* xAxisBox_ = nullptr;
  QToolButton* exportButton_ = nullptr;
  QCPItemTracer* tracer_ = nullptr;
  QTimer refreshTimer_;

  QMutex pendingMutex_;
  QVector<PendingPoints> pending_;
  bool notificationQueued_ = false;

  QVector<ChartSeries> series_;
  QVector<QCPGraph*> rawGraphs_;
  QVector<QCPGraph*> smoothGraphs_;
  double smoothing_ = 0.6;
  bool logY_ = false;
  XAxisKind xAxis_ = XAxisKind::Step;
  bool followData_ = true;  // false once the user zooms or pans, until "Fit"
  int replotCount_ = 0;
  bool stale_ = false;  // points arrived while hidden
  QString title_;
};

}  // namespace plots
}  // namespace msl
