#pragma once
// The Adaptive Temperature Strategy of MSL + ATS (MSL.md): τ re-estimated every step from the
// first-target-position logits, clamped, smoothed by an EMA, held at its configured value during
// warm-up. The statistics come from ats_statistics.h. A training step runs the update on the
// device (updateOnDevice) so that τ weighs the same step's loss without a read back; the step's
// one read then settles the values (settle), and the state and checkpoint JSON stay plain numbers.
#include <ATen/core/Tensor.h>

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace msl {

struct AtsConfig {
  double eta = 0.25;        // η in C = ln(n·η)
  double alpha = 0.05;      // EMA weight of the new estimate
  double initialTau = 1.5;  // configured τ: EMA start and warm-up value
  std::int64_t warmupSteps = 0;
  double minTau = 1.5;  // clamp of τ̂
  double maxTau = 5.0;
};

// σ²⁻ is the sample variance (divides by count − 1), as torch's var() defaults to and as the
// reference's `.var()` computes; false gives the population variance.
inline constexpr bool kAtsSampleVariance = true;

// Measured on the first-target-position rows of one step, on the raw logits z (not z/τ): MSL.md
// defines μ⁺ as "the positive logits z_y", and τ̂ is the temperature to divide z by.
struct AtsStatistics {
  double muPos = 0;                  // μ⁺: mean of z_y over the first-position rows
  double muNeg = 0;                  // μ⁻: mean of every valid logit there (positive included)
  double varNeg = 0;                 // σ²⁻: their variance (kAtsSampleVariance)
  std::int64_t firstTokenCount = 0;  // n: valid-set size at the first position
  std::int64_t firstRows = 0;
};

// The statistics of one step as they are measured, on the device: float64 [μ⁺, μ⁻, σ²⁻, first
// rows], and n, which the host knows from the batch's masks.
struct AtsMoments {
  at::Tensor values;
  std::int64_t firstTokenCount = 0;
};

struct AtsStep {
  std::int64_t step = 0;  // 0-based update index
  double tau = 0;         // τ used by this step's loss (after this step's EMA update)
  double tauRaw = 0;      // this step's τ̂ after the clamp (= tau when not estimated)
  double tauUnclamped = 0;
  double muPos = 0, muNeg = 0, varNeg = 0;
  std::int64_t n = 0;
  std::int64_t firstRows = 0;
  bool estimated = false;  // false when the batch had no first-position row
  bool warmingUp = false;
};

// Why ATS cannot run with η on a catalog whose titles start with n distinct tokens (C = ln(n·η)
// must be positive), naming the bound on η; "" when it can. The trainer refuses such a run, and
// the Train page says so before it starts.
std::string atsFirstTokenProblem(std::size_t firstTokens, double eta);

// τ̂ = (Δ + sqrt(max(Δ² − 2·C·σ²⁻, 0))) / (2·C), C = ln(n·η), Δ = μ⁺ − μ⁻, before the clamp.
// Throws msl::Error when n·η ≤ 1 (C ≤ 0 has no meaning).
double unclampedTemperatureEstimate(const AtsStatistics& statistics, double eta);

// A step updated on the device, not yet read: `values` is float64 [τ, τ̂ clamped, τ̂ unclamped,
// μ⁺, μ⁻, σ²⁻, first rows] (kAtsStepValues), `known` holds what the host knows already.
inline constexpr std::int64_t kAtsStepValues = 7;
struct PendingAtsStep {
  AtsStep known;
  at::Tensor values;
  at::Tensor tau() const { return values[0]; }  // the loss's τ, a device scalar
};

class AdaptiveTemperature {
 public:
  explicit AdaptiveTemperature(AtsConfig config = {});

  // One training step: τ ← (1 − α)·τ_prev + α·clamp(τ̂), or the configured τ during warm-up
  // (the EMA then restarts from it). Without statistics τ stays as it was.
  // Reads the result back at once.
  AtsStep update(const std::optional<AtsStatistics>& statistics);

  // The same update without a read back: τ stays on `device` (the moments' device when there are
  // moments) until the caller reads `values` and passes them to settle(), in the order the steps
  // were made. Several steps may be pending; each uses the τ of the one before.
  PendingAtsStep updateOnDevice(const std::optional<AtsMoments>& moments, at::Device device);
  AtsStep settle(const PendingAtsStep& pending, const double* values);

  double tau() const { return tau_; }
  std::int64_t steps() const { return steps_; }
  const AtsConfig& config() const { return config_; }

  // Checkpoint state {version, tau, steps}; restore throws msl::Error on a bad or foreign state.
  nlohmann::json state() const;
  void restoreState(const nlohmann::json& state);

 private:
  AtsConfig config_;
  double tau_;              // as of the last settled step
  at::Tensor tauOnDevice_;  // as of the last updated step; undefined until one is made
  std::int64_t steps_ = 0;
};

nlohmann::json atsConfigToJson(const AtsConfig& config);
AtsConfig atsConfigFromJson(const nlohmann::json& json);
nlohmann::json atsStepToJson(const AtsStep& step);

}  // namespace msl
