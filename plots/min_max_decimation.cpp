#include "plots/min_max_decimation.h"

#include <cmath>

namespace msl {
namespace plots {

XYSeries decimateMinMax(const QVector<double>& x, const QVector<double>& y, int bucketCount) {
  const qsizetype count = std::min(x.size(), y.size());
  if (bucketCount <= 0 || count <= 2 * static_cast<qsizetype>(bucketCount)) {
    return {x.mid(0, count), y.mid(0, count)};
  }
  XYSeries result;
  result.x.reserve(2 * bucketCount);
  result.y.reserve(2 * bucketCount);
  for (int bucket = 0; bucket < bucketCount; ++bucket) {
    const qsizetype begin = count * bucket / bucketCount;
    const qsizetype end = count * (bucket + 1) / bucketCount;
    qsizetype minIndex = -1;
    qsizetype maxIndex = -1;
    for (qsizetype i = begin; i < end; ++i) {
      if (std::isnan(y[i])) continue;
      if (minIndex < 0 || y[i] < y[minIndex]) minIndex = i;
      if (maxIndex < 0 || y[i] > y[maxIndex]) maxIndex = i;
    }
    if (minIndex < 0) continue;
    const qsizetype first = std::min(minIndex, maxIndex);
    const qsizetype second = std::max(minIndex, maxIndex);
    result.x.append(x[first]);
    result.y.append(y[first]);
    if (second != first) {
      result.x.append(x[second]);
      result.y.append(y[second]);
    }
  }
  return result;
}

}  // namespace plots
}  // namespace msl
