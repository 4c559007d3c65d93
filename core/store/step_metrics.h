#pragma once
// What the trainer reports after one optimizer step. A plain value type: it crosses the
// core/GUI boundary. Quantities that do not apply to a step (the ATS statistics under LML,
// say) are NaN; the store keeps them as NULL.
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>

#include "store/store_types.h"

namespace msl {

struct StepMetrics {
  static constexpr double kNotMeasured = std::numeric_limits<double>::quiet_NaN();

  RunId run = 0;
  std::int64_t step = 0;  // 1-based optimizer step
  double epoch = 0.0;     // fractional: 1.5 = half-way through the second epoch
  double loss = kNotMeasured;
  double tau = kNotMeasured;     // temperature in use
  double tauRaw = kNotMeasured;  // this step's ATS estimate before clamp and EMA
  double muPos = kNotMeasured;
  double muNeg = kNotMeasured;
  double varNeg = kNotMeasured;
  std::int64_t firstPositionCount = 0;
  double gradNorm = kNotMeasured;
  double learningRate = kNotMeasured;
  double tokensPerSecond = kNotMeasured;
  double samplesPerSecond = kNotMeasured;
  // Softmax mass on invalid tokens at target positions; measured only on some steps.
  std::optional<double> invalidMass;
  UnixMillis wallTime = 0;
  // Gradient norm per module (e.g. "layers.3.self_attn.q_proj"), stored compactly: see
  // module_norm_codec.h.
  std::map<std::string, double> moduleGradNorms;
};

}  // namespace msl
