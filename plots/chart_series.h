#pragma once
// One named curve of a LiveChart: every point received, by step and by wall time.
#include <QColor>
#include <QString>
#include <QVector>

namespace msl {
namespace plots {

struct ChartPoint {
  double step = 0;
  double wallSeconds = 0;  // seconds since the epoch; the chart shows them relative to the first
  double value = 0;
};

struct ChartSeries {
  QString name;
  QColor color;
  QVector<double> steps;
  QVector<double> wallSeconds;
  QVector<double> values;
};

}  // namespace plots
}  // namespace msl
Q_DECLARE_TYPEINFO(msl::plots::ChartPoint, Q_PRIMITIVE_TYPE);
