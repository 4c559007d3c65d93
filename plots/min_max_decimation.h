#pragma once
// Thins a long series for drawing without hiding spikes: the points are cut into buckets of
// consecutive indices and each bucket keeps its minimum and its maximum (in index order), so a
// loss spike at step 73,412 of 100,000 is still drawn. NaN values are skipped.
#include <QVector>

namespace msl {
namespace plots {

struct XYSeries {
  QVector<double> x;
  QVector<double> y;
};

// Returns the input unchanged when it has at most 2 * bucketCount points.
XYSeries decimateMinMax(const QVector<double>& x, const QVector<double>& y, int bucketCount);

}  // namespace plots
}  // namespace msl
