#include "losses/adaptive_temperature.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string>

#include "common/error.h"

namespace msl {
namespace {

constexpr int kStateVersion = 1;

void checkConfig(const AtsConfig& config) {
  if (!(config.eta > 0) || !(config.alpha >= 0 && config.alpha <= 1) || !(config.initialTau > 0) ||
      config.warmupSteps < 0 || !(config.minTau > 0) || !(config.maxTau >= config.minTau)) {
    throw Error("ATS config: expected eta > 0, alpha in [0, 1], initial tau > 0, warmup >= 0, " +
                std::string("0 < min tau <= max tau"));
  }
}

}  // namespace

std::string atsFirstTokenProblem(std::size_t firstTokens, double eta) {
  const double n = static_cast<double>(firstTokens);
  if (firstTokens == 0 || n * eta > 1) return {};
  std::ostringstream text;
  text << "loss.eta is " << eta << " but the catalog's titles start with " << firstTokens
       << " distinct tokens (n); ATS needs n * eta > 1, so loss.eta > " << 1.0 / n;
  return text.str();
}

namespace {

double positiveC(std::int64_t firstTokenCount, double eta) {
  const double c = std::log(static_cast<double>(firstTokenCount) * eta);
  if (!(c > 0)) {
    throw Error("ATS: C = ln(n * eta) = ln(" + std::to_string(firstTokenCount) + " * " +
                std::to_string(eta) + ") must be positive");
  }
  return c;
}

// τ̂ before the clamp, from moments [μ⁺, μ⁻, σ²⁻, ...] on any device: the formula's one home.
at::Tensor unclampedEstimate(const at::Tensor& moments, double c) {
  const at::Tensor delta = moments[0] - moments[1];
  const at::Tensor discriminant = delta * delta - 2.0 * c * moments[2];
  return (delta + discriminant.clamp_min(0.0).sqrt()) / (2.0 * c);
}

at::Tensor hostMoments(const AtsStatistics& statistics) {
  return torch::tensor({statistics.muPos, statistics.muNeg, statistics.varNeg,
                        static_cast<double>(statistics.firstRows)},
                       torch::kFloat64);
}

}  // namespace

double unclampedTemperatureEstimate(const AtsStatistics& statistics, double eta) {
  const double c = positiveC(statistics.firstTokenCount, eta);
  return unclampedEstimate(hostMoments(statistics), c).item<double>();
}

AdaptiveTemperature::AdaptiveTemperature(AtsConfig config)
    : config_(config), tau_(config.initialTau) {
  checkConfig(config_);
}

AtsStep AdaptiveTemperature::update(const std::optional<AtsStatistics>& statistics) {
  std::optional<AtsMoments> moments;
  if (statistics) moments = AtsMoments{hostMoments(*statistics), statistics->firstTokenCount};
  const PendingAtsStep pending = updateOnDevice(moments, at::kCPU);
  const at::Tensor values = pending.values.contiguous();
  return settle(pending, values.data_ptr<double>());
}

PendingAtsStep AdaptiveTemperature::updateOnDevice(const std::optional<AtsMoments>& moments,
                                                   at::Device device) {
  torch::NoGradGuard noGrad;
  if (moments) device = moments->values.device();
  const auto options = torch::dtype(torch::kFloat64).device(device);
  if (!tauOnDevice_.defined()) tauOnDevice_ = torch::full({}, tau_, options);
  tauOnDevice_ = tauOnDevice_.to(device);
  PendingAtsStep pending;
  AtsStep& known = pending.known;
  known.step = steps_;
  known.warmingUp = steps_ < config_.warmupSteps;
  known.estimated = moments.has_value();
  at::Tensor unclamped, raw, statistics;
  if (moments) {
    known.n = moments->firstTokenCount;
    statistics = moments->values.to(torch::kFloat64);
    unclamped = unclampedEstimate(statistics, positiveC(known.n, config_.eta));
    raw = unclamped.clamp(config_.minTau, config_.maxTau);
  }
  if (known.warmingUp) {
    tauOnDevice_ = torch::full({}, config_.initialTau, options);
  } else if (moments) {
    tauOnDevice_ = tauOnDevice_ * (1.0 - config_.alpha) + raw * config_.alpha;
  }
  if (!moments) {
    raw = unclamped = tauOnDevice_;
    statistics = torch::zeros({4}, options);
  }
  pending.values = torch::cat({torch::stack({tauOnDevice_, raw, unclamped}), statistics});
  ++steps_;
  return pending;
}

AtsStep AdaptiveTemperature::settle(const PendingAtsStep& pending, const double* values) {
  AtsStep step = pending.known;
  step.tau = values[0];
  step.tauRaw = values[1];
  step.tauUnclamped = values[2];
  if (step.estimated) {
    step.muPos = values[3];
    step.muNeg = values[4];
    step.varNeg = values[5];
    step.firstRows = static_cast<std::int64_t>(values[6]);
  }
  tau_ = step.tau;
  return step;
}

nlohmann::json AdaptiveTemperature::state() const {
  return {{"version", kStateVersion}, {"tau", tau_}, {"steps", steps_}};
}

void AdaptiveTemperature::restoreState(const nlohmann::json& state) {
  try {
    if (state.at("version").get<int>() != kStateVersion) {
      throw Error("version " + state.at("version").dump() + ", expected " +
                  std::to_string(kStateVersion));
    }
    const double tau = state.at("tau").get<double>();
    const std::int64_t steps = state.at("steps").get<std::int64_t>();
    if (!(tau > 0) || !std::isfinite(tau) || steps < 0) {
      throw Error("expected tau > 0 and steps >= 0, got " + state.dump());
    }
    tau_ = tau;
    tauOnDevice_ = at::Tensor();
    steps_ = steps;
  } catch (const nlohmann::json::exception& error) {
    throw Error(std::string("restoring the adaptive temperature: ") + error.what());
  } catch (const Error&) {
    rethrowWithContext("restoring the adaptive temperature");
  }
}

nlohmann::json atsConfigToJson(const AtsConfig& config) {
  return {{"eta", config.eta},
          {"alpha", config.alpha},
          {"initial_tau", config.initialTau},
          {"warmup_steps", config.warmupSteps},
          {"min_tau", config.minTau},
          {"max_tau", config.maxTau}};
}

AtsConfig atsConfigFromJson(const nlohmann::json& json) {
  AtsConfig config;
  try {
    config.eta = json.value("eta", config.eta);
    config.alpha = json.value("alpha", config.alpha);
    config.initialTau = json.value("initial_tau", config.initialTau);
    config.warmupSteps = json.value("warmup_steps", config.warmupSteps);
    config.minTau = json.value("min_tau", config.minTau);
    config.maxTau = json.value("max_tau", config.maxTau);
  } catch (const nlohmann::json::exception& error) {
    throw Error(std::string("ATS config: ") + error.what());
  }
  checkConfig(config);
  return config;
}

nlohmann::json atsStepToJson(const AtsStep& step) {
  return {{"step", step.step},
          {"tau", step.tau},
          {"tau_raw", step.tauRaw},
          {"tau_unclamped", step.tauUnclamped},
          {"mu_pos", step.muPos},
          {"mu_neg", step.muNeg},
          {"var_neg", step.varNeg},
          {"n", step.n},
          {"first_rows", step.firstRows},
          {"estimated", step.estimated},
          {"warming_up", step.warmingUp}};
}

}  // namespace msl
