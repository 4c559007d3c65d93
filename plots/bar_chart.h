#pragma once
// A static bar chart (histograms, valid tokens per target position, trie depth distribution),
// themed from the palette, with zoom/pan, a value tooltip and image export.
#include <QVector>

#include "plots/plot_widget.h"

class QCPBars;
class QCPItemStraightLine;
class QCPItemText;

namespace msl {
namespace plots {

class BarChart : public PlotWidget {
  Q_OBJECT

 public:
  explicit BarChart(QWidget* parent = nullptr);

  void setAxisLabels(const QString& x, const QString& y);
  void setBars(const QVector<double>& keys, const QVector<double>& values);
  void setLogY(bool logY);
  // A dashed horizontal line, e.g. the vocabulary size above the valid-token counts; NaN hides it.
  void setReferenceLine(double value, const QString& label);
  const QVector<double>& keys() const { return keys_; }
  const QVector<double>& values() const { return values_; }

 Q_SIGNALS:
  void barClicked(double key);

 protected:
  // A bar chart changes only when told (setBars, setLogY, setReferenceLine), which replot it.
  void redraw() override;

 private:
  void fit();

  QCPBars* bars_;
  QCPItemStraightLine* reference_;
  QCPItemText* referenceLabel_;
  QVector<double> keys_;
  QVector<double> values_;
  double referenceValue_;
  bool logY_ = false;
};

}  // namespace plots
}  // namespace msl
