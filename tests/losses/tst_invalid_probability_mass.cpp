// The invalid probability mass against a direct full softmax, with vocabulary chunks that do
// and do not divide V, and its sampling every k steps.
#include <torch/torch.h>

#include <QtTest/QtTest>

#include "losses/invalid_probability_mass.h"
#include "losses/recommendation_loss.h"

namespace {

struct Fixture {
  std::vector<std::vector<msl::TokenId>> sets = {{0, 3, 7, 8}, {2}, {1, 5, 9, 20, 40}};
  msl::TargetRows rows;
  at::Tensor hidden, weight, bias;
  Fixture() {
    rows.append(3, {sets[0].data(), sets[0].size()}, 0, true);
    rows.append(2, {sets[1].data(), sets[1].size()}, 0, false);
    rows.append(40, {sets[2].data(), sets[2].size()}, 1, false);
    torch::manual_seed(11);
    hidden = torch::randn({3, 6}, torch::kFloat64) * 2;
    weight = torch::randn({45, 6}, torch::kFloat64);
    bias = torch::randn({45}, torch::kFloat64);
  }
  // 1 − Σ_{valid} softmax(z)_v per row, mean over rows.
  double direct() const {
    const at::Tensor probabilities = torch::softmax(hidden.matmul(weight.t()) + bias, 1);
    double total = 0;
    for (std::size_t row = 0; row < rows.size(); ++row) {
      double valid = 0;
      for (msl::TokenId token : rows.valid(row)) valid += probabilities[row][token].item<double>();
      total += 1 - valid;
    }
    return total / rows.size();
  }
};

}  // namespace

class TestInvalidProbabilityMass : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void matchesTheFullSoftmax() {
    const Fixture f;
    const double expected = f.direct();
    QVERIFY(expected > 0.05 && expected < 1);  // a non-trivial case
    for (std::int64_t chunk :
         {std::int64_t{7}, std::int64_t{15}, std::int64_t{45}, msl::kInvalidMassVocabularyChunk}) {
      const double measured =
          msl::invalidProbabilityMass(f.hidden, f.weight, f.bias, f.rows, chunk);
      QVERIFY2(std::abs(measured - expected) < 1e-12,
               qPrintable(QString("chunk %1: %2 vs %3").arg(chunk).arg(measured).arg(expected)));
    }
  }

  void leavesNoGradientAndHandlesLargeLogits() {
    Fixture f;
    f.hidden = (f.hidden * 5000).to(torch::kFloat32).requires_grad_(true);
    const double mass = msl::invalidProbabilityMass(f.hidden, f.weight.to(torch::kFloat32),
                                                    f.bias.to(torch::kFloat32), f.rows, 8);
    QVERIFY(std::isfinite(mass) && mass >= 0 && mass <= 1);
    QVERIFY(!f.hidden.grad().defined());
  }

  void sampledEveryKSteps() {
    const Fixture f;
    msl::LossConfig config;
    config.kind = msl::LossKind::MslFixed;
    config.invalidMassEvery = 2;
    msl::RecommendationLoss loss(config);
    for (int step = 0; step < 5; ++step) {
      const msl::LossStats stats = loss.compute(f.hidden, f.weight, f.bias, f.rows).stats;
      QCOMPARE(stats.invalidMass.has_value(), step % 2 == 0);
      if (stats.invalidMass) QVERIFY(std::abs(*stats.invalidMass - f.direct()) < 1e-12);
    }
  }
};

QTEST_APPLESS_MAIN(TestInvalidProbabilityMass)
#include "tst_invalid_probability_mass.moc"
