#pragma once
// One optimizer step as the store keeps it. A plain value type: it crosses the core/GUI
// boundary, and the trainer's StepReport (training/trainer_events.h) is this plus what only its
// observers see. A quantity a step did not measure (the ATS statistics under LML, the invalid
// mass between its sampled steps) is kNotMeasured, NaN: the one way a missing value is marked.
// The store keeps it as NULL, the exports leave it empty and the charts skip it.
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <string>

#include "store/store_types.h"

namespace msl {

struct StepMetrics {
  static constexpr double kNotMeasured = std::numeric_limits<double>::quiet_NaN();

  RunId run = 0;
  std::int64_t step = 0;       // 1-based optimizer step
  double epoch = 0.0;          // fractional: 1.5 = half-way through the second epoch
  double loss = kNotMeasured;  // mean over the step's micro-batches
  // The masked cross-entropy at τ = 1 over every row (losses/recommendation_loss.h): the curve
  // that falls as the model learns whatever τ does, and the measure every loss kind shares.
  double maskedCrossEntropy = kNotMeasured;
  double tau = kNotMeasured;     // τ the loss used (last micro-batch)
  double tauRaw = kNotMeasured;  // clamped ATS estimate τ̂ (MSL + ATS with a first-position row)
  double muPos = kNotMeasured;
  double muNeg = kNotMeasured;
  double varNeg = kNotMeasured;
  std::int64_t firstPositionCount = 0;  // rows at the first target position (ATS's n rows)
  double gradNorm = kNotMeasured;       // global norm before clipping
  double learningRate = kNotMeasured;
  double tokensPerSecond = kNotMeasured;
  double samplesPerSecond = kNotMeasured;
  // Softmax mass on invalid tokens at target positions; measured only on some steps.
  double invalidMass = kNotMeasured;
  UnixMillis wallTime = 0;
  // Gradient norm per module ("layers.0.self_attn.q_proj") and per layer ("layers.0", plus
  // "embed_tokens", "norm", "lm_head" where they train), stored compactly: module_norm_codec.h.
  std::map<std::string, double> moduleGradNorms;
};

inline bool isMeasured(double value) {
  return !std::isnan(value);
}

}  // namespace msl
