#include "plots/exponential_smoothing.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace msl {
namespace plots {

QVector<double> exponentialMovingAverage(const QVector<double>& values, double smoothing) {
  smoothing = std::clamp(smoothing, 0.0, 0.999);
  QVector<double> smoothed;
  smoothed.reserve(values.size());
  double average = std::numeric_limits<double>::quiet_NaN();
  for (double value : values) {
    if (!std::isnan(value)) {
      average = std::isnan(average) ? value : smoothing * average + (1.0 - smoothing) * value;
    }
    smoothed.append(average);
  }
  return smoothed;
}

}  // namespace plots
}  // namespace msl
