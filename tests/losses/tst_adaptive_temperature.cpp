// The Adaptive Temperature Strategy on plain numbers: τ̂ by hand (both branches of
// sqrt(max(·, 0)) and both ends of the clamp), the EMA and warm-up over several steps, and the
// checkpoint state; the same steps left pending on the device and settled later, as a training
// step makes them.
#include <torch/torch.h>

#include <QtTest/QtTest>

#include <cmath>

#include "common/error.h"
#include "losses/adaptive_temperature.h"

namespace {

constexpr double kTolerance = 1e-12;

msl::AtsStatistics statistics(double muPos, double muNeg, double varNeg, std::int64_t n) {
  msl::AtsStatistics s;
  s.muPos = muPos;
  s.muNeg = muNeg;
  s.varNeg = varNeg;
  s.firstTokenCount = n;
  s.firstRows = 1;
  return s;
}

// Δ = 4·ln 2 with σ²⁻ = 0 and n·η = 2 (C = ln 2): τ̂ = (Δ + |Δ|)/(2C) = 4.
msl::AtsStatistics tauFour() {
  return statistics(1 + 4 * std::log(2.0), 1, 0, 8);
}

msl::AtsConfig halfEmaAfterTwoWarmupSteps() {
  msl::AtsConfig config;
  config.alpha = 0.5;
  config.initialTau = 2;
  config.warmupSteps = 2;
  return config;
}

}  // namespace

class TestAdaptiveTemperature : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void estimateWithPositiveDiscriminant() {
    // n = 64, η = 0.25: C = ln 16. Δ = 10 − 2 = 8, σ²⁻ = 3: Δ² − 2Cσ²⁻ = 64 − 6·ln 16 > 0.
    const double c = std::log(16.0);
    const double expected = (8 + std::sqrt(64 - 2 * c * 3)) / (2 * c);  // ≈ 2.68
    QVERIFY(std::abs(msl::unclampedTemperatureEstimate(statistics(10, 2, 3, 64), 0.25) - expected) <
            kTolerance);
  }

  void estimateWithNegativeDiscriminantDropsTheRoot() {
    // Δ = 1, σ²⁻ = 4, C = ln 16: 1 − 8·ln 16 < 0, so τ̂ = Δ/(2C) = 1/(2·ln 16) ≈ 0.18.
    const double expected = 1 / (2 * std::log(16.0));
    QVERIFY(std::abs(msl::unclampedTemperatureEstimate(statistics(3, 2, 4, 64), 0.25) - expected) <
            kTolerance);
  }

  void firstTokenCountBoundsEta() {
    // n·η > 1 is what makes C = ln(n·η) positive.
    QVERIFY(msl::atsFirstTokenProblem(64, 0.25).empty());  // the reference's Book setting
    QVERIFY(msl::atsFirstTokenProblem(0, 0.25).empty());   // nothing known yet
    const std::string problem = msl::atsFirstTokenProblem(3, 0.25);
    QVERIFY2(problem ==
                 "loss.eta is 0.25 but the catalog's titles start with 3 distinct tokens "
                 "(n); ATS needs n * eta > 1, so loss.eta > 0.333333",
             problem.c_str());
    QVERIFY(!msl::atsFirstTokenProblem(4, 0.25).empty());  // n·η = 1 exactly: C = 0
  }

  void clampBothEnds() {
    msl::AtsConfig config;
    config.alpha = 1;  // τ = clamped τ̂, so the clamp is visible in τ itself
    msl::AdaptiveTemperature high(config);
    // Δ = 30, σ²⁻ = 0: τ̂ = 2Δ/(2·ln 16) ≈ 10.8.
    const msl::AtsStep above = high.update(statistics(32, 2, 0, 64));
    QVERIFY(std::abs(above.tauUnclamped - 30 / std::log(16.0)) < kTolerance);
    QCOMPARE(above.tauRaw, 5.0);
    QCOMPARE(above.tau, 5.0);
    msl::AdaptiveTemperature low(config);
    const msl::AtsStep below = low.update(statistics(3, 2, 4, 64));  // τ̂ ≈ 0.18
    QCOMPARE(below.tauRaw, 1.5);
    QCOMPARE(below.tau, 1.5);
  }

  void emaWithWarmupOverSeveralSteps() {
    msl::AdaptiveTemperature temperature(halfEmaAfterTwoWarmupSteps());
    // Steps 0, 1: warm-up holds τ = 2 (τ̂ = 4 is still reported).
    // Step 2: 0.5·2 + 0.5·4 = 3; step 3: 0.5·3 + 0.5·4 = 3.5;
    // step 4 without a first-position row: τ stays 3.5; step 5: 0.5·3.5 + 0.5·4 = 3.75.
    const std::vector<std::optional<msl::AtsStatistics>> inputs = {
        tauFour(), tauFour(), tauFour(), tauFour(), std::nullopt, tauFour()};
    const std::vector<double> expectedTau = {2, 2, 3, 3.5, 3.5, 3.75};
    const std::vector<bool> expectedWarmup = {true, true, false, false, false, false};
    for (std::size_t step = 0; step < inputs.size(); ++step) {
      const msl::AtsStep result = temperature.update(inputs[step]);
      QCOMPARE(result.step, static_cast<std::int64_t>(step));
      QVERIFY2(std::abs(result.tau - expectedTau[step]) < kTolerance,
               qPrintable(QString("step %1: tau %2, expected %3")
                              .arg(step)
                              .arg(result.tau)
                              .arg(expectedTau[step])));
      QCOMPARE(result.warmingUp, expectedWarmup[step]);
      QCOMPARE(result.estimated, inputs[step].has_value());
      if (inputs[step]) QVERIFY(std::abs(result.tauRaw - 4) < kTolerance);
    }
  }

  void stepsPendingOnTheDeviceSettleInOrderToTheSameTaus() {
    msl::AdaptiveTemperature temperature(halfEmaAfterTwoWarmupSteps());
    const msl::AtsStatistics four = tauFour();
    const msl::AtsMoments moments{
        torch::tensor({four.muPos, four.muNeg, four.varNeg, 3.0}, torch::kFloat64),
        four.firstTokenCount};
    const std::vector<std::optional<msl::AtsMoments>> inputs = {moments, moments,      moments,
                                                                moments, std::nullopt, moments};
    // Every step is made before any is read, as the micro-batches of one training step are.
    std::vector<msl::PendingAtsStep> pending;
    for (const auto& input : inputs) pending.push_back(temperature.updateOnDevice(input, at::kCPU));
    QCOMPARE(temperature.tau(), 2.0);  // nothing settled yet
    const std::vector<double> expectedTau = {2, 2, 3, 3.5, 3.5, 3.75};
    for (std::size_t step = 0; step < pending.size(); ++step) {
      QCOMPARE(pending[step].values.numel(), msl::kAtsStepValues);
      QVERIFY(std::abs(pending[step].tau().item<double>() - expectedTau[step]) < kTolerance);
      const at::Tensor values = pending[step].values.contiguous();
      const msl::AtsStep settled = temperature.settle(pending[step], values.data_ptr<double>());
      QVERIFY2(std::abs(settled.tau - expectedTau[step]) < kTolerance,
               qPrintable(QString("step %1: tau %2, expected %3")
                              .arg(step)
                              .arg(settled.tau)
                              .arg(expectedTau[step])));
      QCOMPARE(settled.estimated, inputs[step].has_value());
      if (inputs[step]) {
        QVERIFY(std::abs(settled.tauRaw - 4) < kTolerance);
        QCOMPARE(settled.firstRows, std::int64_t(3));
        QCOMPARE(settled.muNeg, 1.0);
      }
      QCOMPARE(temperature.tau(), settled.tau);
    }
  }

  void defaultsAreTheReferences() {
    const msl::AtsConfig config;
    QCOMPARE(config.eta, 0.25);
    QCOMPARE(config.alpha, 0.05);
    QCOMPARE(config.initialTau, 1.5);
    QCOMPARE(config.warmupSteps, std::int64_t{0});
    QCOMPARE(config.minTau, 1.5);
    QCOMPARE(config.maxTau, 5.0);
    // First step from τ0 = 1.5 with τ̂ = 4: 0.95·1.5 + 0.05·4 = 1.625.
    msl::AdaptiveTemperature temperature;
    QVERIFY(std::abs(temperature.update(tauFour()).tau - 1.625) < kTolerance);
  }

  void stateRoundTripContinuesTheSequence() {
    msl::AtsConfig config;
    config.alpha = 0.5;
    config.initialTau = 2;
    config.warmupSteps = 1;
    msl::AdaptiveTemperature uninterrupted(config);
    msl::AdaptiveTemperature first(config);
    for (int step = 0; step < 3; ++step) {
      uninterrupted.update(tauFour());
      first.update(tauFour());
    }
    const std::string saved = first.state().dump();
    msl::AdaptiveTemperature resumed(config);
    resumed.restoreState(nlohmann::json::parse(saved));
    QCOMPARE(resumed.steps(), std::int64_t{3});
    for (int step = 0; step < 3; ++step) {
      QCOMPARE(resumed.update(tauFour()).tau, uninterrupted.update(tauFour()).tau);
    }
  }

  void badStateAndConfigAreErrors() {
    msl::AdaptiveTemperature temperature;
    QVERIFY_THROWS_EXCEPTION(msl::Error, temperature.restoreState({{"version", 99}}));
    QVERIFY_THROWS_EXCEPTION(msl::Error,
                             temperature.restoreState({{"version", 1}, {"tau", -1}, {"steps", 0}}));
    QVERIFY_THROWS_EXCEPTION(msl::Error, msl::atsConfigFromJson({{"alpha", 2.0}}));
    // n·η ≤ 1 leaves C = ln(n·η) ≤ 0.
    QVERIFY_THROWS_EXCEPTION(msl::Error, temperature.update(statistics(3, 1, 1, 4)));
    const msl::AtsConfig parsed = msl::atsConfigFromJson(msl::atsConfigToJson(msl::AtsConfig{}));
    QCOMPARE(parsed.eta, 0.25);
    QCOMPARE(parsed.maxTau, 5.0);
  }
};

QTEST_APPLESS_MAIN(TestAdaptiveTemperature)
#include "tst_adaptive_temperature.moc"
