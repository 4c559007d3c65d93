#include "losses/adaptive_temperature.h"

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

double unclampedTemperatureEstimate(const AtsStatistics& statistics, double eta) {
  const double c = std::log(static_cast<double>(statistics.firstTokenCount) * eta);
  if (!(c > 0)) {
    throw Error("ATS: C = ln(n * eta) = ln(" + std::to_string(statistics.firstTokenCount) + " * " +
                std::to_string(eta) + ") must be positive");
  }
  const double delta = statistics.muPos - statistics.muNeg;
  const double discriminant = delta * delta - 2.0 * c * statistics.varNeg;
  return (delta + std::sqrt(std::max(discriminant, 0.0))) / (2.0 * c);
}

AdaptiveTemperature::AdaptiveTemperature(AtsConfig config)
    : config_(config), tau_(config.initialTau) {
  checkConfig(config_);
}

AtsStep AdaptiveTemperature::update(const std::optional<AtsStatistics>& statistics) {
  AtsStep step;
  step.step = steps_;
  step.warmingUp = steps_ < config_.warmupSteps;
  if (statistics) {
    step.estimated = true;
    step.muPos = statistics->muPos;
    step.muNeg = statistics->muNeg;
    step.varNeg = statistics->varNeg;
    step.n = statistics->firstTokenCount;
    step.firstRows = statistics->firstRows;
    step.tauUnclamped = unclampedTemperatureEstimate(*statistics, config_.eta);
    step.tauRaw = std::clamp(step.tauUnclamped, config_.minTau, config_.maxTau);
  }
  if (step.warmingUp) {
    tau_ = config_.initialTau;
  } else if (step.estimated) {
    tau_ = (1.0 - config_.alpha) * tau_ + config_.alpha * step.tauRaw;
  }
  if (!step.estimated) step.tauRaw = step.tauUnclamped = tau_;
  step.tau = tau_;
  ++steps_;
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
