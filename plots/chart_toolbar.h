#pragma once
// The row above a LiveChart: smoothing, logarithmic y, step or wall time on x, fit to the data,
// and export (PNG, PDF, SVG, CSV). It only reports what the user chose; the chart applies it and
// shows its state back through the setters, which emit nothing.
#include <QWidget>

#include "plots/x_axis_kind.h"

class QCheckBox;
class QComboBox;
class QSlider;

namespace msl {
namespace plots {

class ChartToolbar : public QWidget {
  Q_OBJECT

 public:
  explicit ChartToolbar(QWidget* parent = nullptr);

  void setSmoothing(double smoothing);  // 0 .. 0.99
  void setLogY(bool logY);
  void setXAxisKind(XAxisKind kind);

 Q_SIGNALS:
  void smoothingChosen(double smoothing);
  void logYChosen(bool logY);
  void xAxisChosen(msl::plots::XAxisKind kind);
  void fitRequested();
  // `filter` is the file dialog's filter of the chosen format, e.g. "PNG image (*.png)".
  void exportRequested(const QString& filter);

 private:
  QSlider* smoothing_;
  QCheckBox* logY_;
  QComboBox* xAxis_;
};

}  // namespace plots
}  // namespace msl
