// Every loss variant on tiny problems whose value is worked out by hand in the test. W is the
// identity, so h is the logits z themselves.
#include <torch/torch.h>

#include <QtTest/QtTest>

#include <cmath>

#include "common/error.h"
#include "losses/recommendation_loss.h"

namespace {

using msl::LogitsPath;
using msl::LossKind;

constexpr double kTolerance = 1e-12;

struct Problem {
  at::Tensor hidden;  // [N, V] = logits
  at::Tensor weight;  // [V, V] identity
  msl::TargetRows rows;
};

Problem problem(const std::vector<std::vector<double>>& logits) {
  Problem p;
  const auto n = static_cast<std::int64_t>(logits.size());
  const auto v = static_cast<std::int64_t>(logits.front().size());
  p.hidden = torch::empty({n, v}, torch::kFloat64);
  for (std::int64_t r = 0; r < n; ++r) {
    for (std::int64_t c = 0; c < v; ++c) p.hidden[r][c] = logits[r][c];
  }
  p.weight = torch::eye(v, torch::kFloat64);
  return p;
}

void addRow(Problem& p, msl::TokenId target, std::vector<msl::TokenId> valid, std::int64_t sample,
            bool first) {
  static std::vector<std::vector<msl::TokenId>> keepAlive;  // TokenSlice does not own
  keepAlive.push_back(std::move(valid));
  p.rows.append(target, {keepAlive.back().data(), keepAlive.back().size()}, sample, first);
}

msl::LossConfig config(LossKind kind, LogitsPath path, double tau = 1.0) {
  msl::LossConfig c;
  c.kind = kind;
  c.path = path;
  c.temperature = tau;
  return c;
}

double lossOf(const msl::LossConfig& c, const Problem& p) {
  msl::RecommendationLoss loss(c);
  return loss.compute(p.hidden, p.weight, at::Tensor(), p.rows).stats.loss;
}

void expectNear(double actual, double expected, const char* what) {
  QVERIFY2(std::abs(actual - expected) <= kTolerance * std::max(1.0, std::abs(expected)),
           qPrintable(QString("%1: %2 vs hand-computed %3")
                          .arg(what)
                          .arg(actual, 0, 'g', 17)
                          .arg(expected, 0, 'g', 17)));
}

}  // namespace

class TestLossValues : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void mslFixedTemperature() {
    // 3 tokens, logits [2, 1, 0], valid {0, 1}, y = 0, τ = 2: −2/2 + log(e^1 + e^0.5).
    Problem p = problem({{2, 1, 0}});
    addRow(p, 0, {0, 1}, 0, true);
    const double expected = -2.0 / 2 + std::log(std::exp(1.0) + std::exp(0.5));
    for (LogitsPath path : {LogitsPath::Sparse, LogitsPath::Dense}) {
      expectNear(lossOf(config(LossKind::MslFixed, path, 2.0), p), expected, "MSL τ=2");
    }
  }

  void mslFixedKeepsSingleValidRowsInTheMean() {
    // Row 0 as above (τ = 1): −2 + log(e^2 + e^1); row 1 has one valid token: loss 0, counted.
    Problem p = problem({{2, 1, 0}, {0, 5, 1}});
    addRow(p, 0, {0, 1}, 0, true);
    addRow(p, 1, {1}, 0, false);
    const double row0 = -2.0 + std::log(std::exp(2.0) + std::exp(1.0));
    expectNear(lossOf(config(LossKind::MslFixed, LogitsPath::Sparse), p), (row0 + 0) / 2,
               "MSL mean over 2 rows");
  }

  void lmlOverTheFullVocabulary() {
    // τ = 1: −2 + log(e^2 + e^1 + e^0); τ = 2: −1 + log(e^1 + e^0.5 + e^0). Valid sets play no
    // part.
    Problem p = problem({{2, 1, 0}});
    addRow(p, 0, {0, 1}, 0, true);
    expectNear(lossOf(config(LossKind::Lml, LogitsPath::Sparse), p),
               -2.0 + std::log(std::exp(2.0) + std::exp(1.0) + 1.0), "LML τ=1");
    expectNear(lossOf(config(LossKind::Lml, LogitsPath::Dense, 2.0), p),
               -1.0 + std::log(std::exp(1.0) + std::exp(0.5) + 1.0), "LML τ=2");
  }

  void maskedCrossEntropyAtTauOneForEveryKind() {
    // Rows of mslAdaptiveFirstStep below, at τ = 1 and over all three rows (the single-valid row
    // counts 0): ℓ0 = −3 + log(e^3 + e^1 + 6), ℓ1 = −2 + log(e^1 + e^2), ℓ2 = 0. Whatever the
    // loss trains with (τ moved by ATS, LML over the full vocabulary), this measure is the same.
    Problem p =
        problem({{3, 1, 0, 0, 0, 0, 0, 0}, {0, 0, 1, 0, 0, 2, 0, 0}, {0, 0, 0, 4, 0, 0, 0, 0}});
    addRow(p, 0, {0, 1, 2, 3, 4, 5, 6, 7}, 0, true);
    addRow(p, 5, {2, 5}, 0, false);
    addRow(p, 3, {3}, 0, false);
    const double expected = (-3 + std::log(std::exp(3.0) + std::exp(1.0) + 6.0) - 2 +
                             std::log(std::exp(1.0) + std::exp(2.0))) /
                            3;
    for (LossKind kind : {LossKind::MslAdaptive, LossKind::MslFixed, LossKind::Lml}) {
      msl::RecommendationLoss loss(config(kind, LogitsPath::Sparse, 2.0));
      const msl::LossResult result = loss.compute(p.hidden, p.weight, at::Tensor(), p.rows);
      QVERIFY(result.maskedCrossEntropy.defined());
      QVERIFY(!result.maskedCrossEntropy.requires_grad());
      expectNear(result.maskedCrossEntropy.item<double>(), expected, "masked CE at τ = 1");
    }
  }

  void mslAdaptiveFirstStep() {
    // 8 tokens. Row 0 (first position, n = 8): z = [3, 1, 0, 0, 0, 0, 0, 0], y = 0.
    //   μ⁺ = 3, μ⁻ = 4/8 = 0.5, σ²⁻ = (2.5² + 0.5² + 6·0.5²)/7 = 8/7 (sample variance).
    //   C = ln(8·0.25) = ln 2, Δ = 2.5, τ̂ = (2.5 + sqrt(6.25 − 2·ln2·8/7))/(2·ln2) ≈ 3.362.
    //   EMA from τ0 = 1.5: τ = 0.95·1.5 + 0.05·τ̂.
    // Row 1: valid {2, 5}, y = 5, z2 = 1, z5 = 2: ℓ1 = −2/τ + log(e^{1/τ} + e^{2/τ}).
    // Row 2: valid {3} only: dropped.
    Problem p =
        problem({{3, 1, 0, 0, 0, 0, 0, 0}, {0, 0, 1, 0, 0, 2, 0, 0}, {0, 0, 0, 4, 0, 0, 0, 0}});
    addRow(p, 0, {0, 1, 2, 3, 4, 5, 6, 7}, 0, true);
    addRow(p, 5, {2, 5}, 0, false);
    addRow(p, 3, {3}, 0, false);
    const double c = std::log(2.0);
    const double tauHat = (2.5 + std::sqrt(6.25 - 2 * c * 8.0 / 7.0)) / (2 * c);
    const double tau = 0.95 * 1.5 + 0.05 * tauHat;
    const double l0 = -3 / tau + std::log(std::exp(3 / tau) + std::exp(1 / tau) + 6.0);
    const double l1 = -2 / tau + std::log(std::exp(1 / tau) + std::exp(2 / tau));
    for (LogitsPath path : {LogitsPath::Sparse, LogitsPath::Dense}) {
      msl::RecommendationLoss excluded(config(LossKind::MslAdaptive, path));
      const msl::LossResult result = excluded.compute(p.hidden, p.weight, at::Tensor(), p.rows);
      QVERIFY(result.stats.ats.has_value());
      expectNear(result.stats.ats->muPos, 3.0, "μ⁺");
      expectNear(result.stats.ats->muNeg, 0.5, "μ⁻");
      expectNear(result.stats.ats->varNeg, 8.0 / 7.0, "σ²⁻");
      QCOMPARE(result.stats.ats->n, std::int64_t{8});
      expectNear(result.stats.ats->tauRaw, tauHat, "τ̂");
      expectNear(result.stats.tau, tau, "τ");
      expectNear(result.stats.loss, tau * (l0 + l1) / 2, "L = τ·mean over 2 kept rows");
      QCOMPARE(result.stats.rowsInMean, std::int64_t{2});
      QCOMPARE(result.stats.singleValidRows, std::int64_t{1});

      msl::LossConfig zeroCounted = config(LossKind::MslAdaptive, path);
      zeroCounted.singleValidRows = msl::SingleValidRows::CountedAsZero;
      expectNear(lossOf(zeroCounted, p), tau * (l0 + l1 + 0) / 3, "L = τ·mean over 3 rows");
    }
  }

  void mslAdaptiveOnlySingleValidRowsGivesZero() {
    Problem p = problem({{1, 2}});
    addRow(p, 1, {1}, 0, false);
    msl::RecommendationLoss loss(config(LossKind::MslAdaptive, LogitsPath::Sparse));
    p.hidden.requires_grad_(true);
    const msl::LossResult result = loss.compute(p.hidden, p.weight, at::Tensor(), p.rows);
    QCOMPARE(result.stats.loss, 0.0);
    QVERIFY(!result.stats.ats->estimated);  // no first-position row: τ stays
    QCOMPARE(result.stats.tau, 1.5);
    result.loss.backward();
    QCOMPARE(p.hidden.grad().abs().max().item<double>(), 0.0);
  }

  void largeLogitsStayFinite() {
    // z = [1e4, −1e4, 1e4 − 1], all valid, y = 0: ℓ = −1e4 + log(e^{1e4} + e^{1e4−1}) =
    // log(1 + e^{−1}); the reference's log(sum(exp(z))) overflows here.
    for (auto dtype : {torch::kFloat64, torch::kFloat32}) {
      Problem p = problem({{1e4, -1e4, 1e4 - 1}, {-1e4, 1e4, -1e4}});
      p.hidden = p.hidden.to(dtype).requires_grad_(true);
      p.weight = p.weight.to(dtype);
      addRow(p, 0, {0, 1, 2}, 0, true);
      addRow(p, 2, {0, 2}, 0, false);  // ℓ = −(−1e4) + log(2·e^{−1e4}) = log 2
      const double expected = (std::log(1 + std::exp(-1.0)) + std::log(2.0)) / 2;
      // float keeps ~3 decimals next to 1e4 (its spacing there is 2^-10).
      const double tolerance = dtype == torch::kFloat64 ? 1e-9 : 2e-3;
      for (LossKind kind : {LossKind::MslFixed, LossKind::Lml}) {
        for (LogitsPath path : {LogitsPath::Sparse, LogitsPath::Dense}) {
          msl::RecommendationLoss loss(config(kind, path));
          const msl::LossResult result = loss.compute(p.hidden, p.weight, at::Tensor(), p.rows);
          QVERIFY(std::isfinite(result.stats.loss));
          if (kind == LossKind::MslFixed) {
            QVERIFY2(std::abs(result.stats.loss - expected) < tolerance,
                     qPrintable(QString::number(result.stats.loss, 'g', 17)));
          }
          p.hidden.mutable_grad() = at::Tensor();
          result.loss.backward();
          QVERIFY(torch::isfinite(p.hidden.grad()).all().item<bool>());
        }
      }
      msl::LossConfig atsConfig = config(LossKind::MslAdaptive, LogitsPath::Sparse);
      atsConfig.ats.eta = 1.0;  // n = 3 here: C = ln(3·η) must be positive
      msl::RecommendationLoss ats(atsConfig);
      const msl::LossResult result = ats.compute(p.hidden, p.weight, at::Tensor(), p.rows);
      QVERIFY(std::isfinite(result.stats.loss));
      QCOMPARE(result.stats.ats->tauRaw, 5.0);  // a huge spread of logits clamps τ̂ at 5
    }
  }

  void targetOutsideItsValidSetNamesRowTokenAndSample() {
    Problem p = problem({{2, 1, 0}, {2, 1, 0}});
    addRow(p, 0, {0, 1}, 7, true);
    addRow(p, 2, {0, 1}, 7, false);
    for (LossKind kind : {LossKind::MslFixed, LossKind::MslAdaptive}) {
      msl::RecommendationLoss loss(config(kind, LogitsPath::Sparse));
      try {
        loss.compute(p.hidden, p.weight, at::Tensor(), p.rows);
        QFAIL("expected msl::Error");
      } catch (const msl::Error& error) {
        const QString message = error.what();
        QVERIFY2(message.contains("row 1") && message.contains("sample 7") &&
                     message.contains("token 2"),
                 qPrintable(message));
      }
    }
  }

  void mismatchedShapesAreErrors() {
    Problem p = problem({{2, 1, 0}});
    addRow(p, 0, {0, 1}, 0, true);
    msl::RecommendationLoss loss(config(LossKind::MslFixed, LogitsPath::Sparse));
    QVERIFY_THROWS_EXCEPTION(
        msl::Error, loss.compute(p.hidden, torch::eye(4, torch::kFloat64), at::Tensor(), p.rows));
    QVERIFY_THROWS_EXCEPTION(
        msl::Error, loss.compute(p.hidden.to(torch::kFloat32), p.weight, at::Tensor(), p.rows));
  }

  void biasEntersTheLogits() {
    // Logits [2, 1, 0] + bias [0, 1, 0] = [2, 2, 0], valid {0, 1}, y = 0: −2 + log(2e^2) = log 2.
    Problem p = problem({{2, 1, 0}});
    addRow(p, 0, {0, 1}, 0, true);
    const at::Tensor bias = torch::tensor({0.0, 1.0, 0.0}, torch::kFloat64);
    for (LogitsPath path : {LogitsPath::Sparse, LogitsPath::Dense}) {
      msl::RecommendationLoss loss(config(LossKind::MslFixed, path));
      expectNear(loss.compute(p.hidden, p.weight, bias, p.rows).stats.loss, std::log(2.0),
                 "MSL with bias");
    }
  }
};

QTEST_APPLESS_MAIN(TestLossValues)
#include "tst_loss_values.moc"
