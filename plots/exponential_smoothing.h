#pragma once
// The smoothed line drawn over a noisy training curve: an exponential moving average
// s_i = smoothing * s_{i-1} + (1 - smoothing) * v_i with s_0 = v_0 (smoothing 0 = raw values).
// NaN values (a step that did not measure the quantity) repeat the previous average.
#include <QVector>

namespace msl {
namespace plots {

QVector<double> exponentialMovingAverage(const QVector<double>& values, double smoothing);

}  // namespace plots
}  // namespace msl
