#include "model/rope_frequencies.h"

#include <cmath>

namespace msl {
namespace {

// Meta's Llama-3.1 recipe: wavelengths shorter than original_context / high_freq_factor keep
// their frequency, those longer than original_context / low_freq_factor are divided by
// `factor`, and the band in between is interpolated smoothly.
double llama3Scaled(double frequency, const RopeScaling& scaling) {
  const double originalContext = static_cast<double>(scaling.originalMaxPositionEmbeddings);
  const double lowFreqWavelength = originalContext / scaling.lowFreqFactor;
  const double highFreqWavelength = originalContext / scaling.highFreqFactor;
  const double wavelength = 2.0 * M_PI / frequency;
  if (wavelength < highFreqWavelength) return frequency;
  if (wavelength > lowFreqWavelength) return frequency / scaling.factor;
  const double smooth = (originalContext / wavelength - scaling.lowFreqFactor) /
                        (scaling.highFreqFactor - scaling.lowFreqFactor);
  return (1.0 - smooth) * frequency / scaling.factor + smooth * frequency;
}

}  // namespace

std::vector<double> ropeInverseFrequencies(std::int64_t headDim, double theta,
                                           const RopeScaling& scaling) {
  std::vector<double> frequencies;
  frequencies.reserve(static_cast<std::size_t>(headDim / 2));
  for (std::int64_t i = 0; i < headDim; i += 2) {
    const double frequency =
        1.0 / std::pow(theta, static_cast<double>(i) / static_cast<double>(headDim));
    switch (scaling.type) {
      case RopeScalingType::None:
        frequencies.push_back(frequency);
        break;
      case RopeScalingType::Linear:
        frequencies.push_back(frequency / scaling.factor);
        break;
      case RopeScalingType::Llama3:
        frequencies.push_back(llama3Scaled(frequency, scaling));
        break;
    }
  }
  return frequencies;
}

}  // namespace msl
