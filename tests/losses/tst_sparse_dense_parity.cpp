// The sparse path (logits over the union of valid tokens) against the dense path (full
// vocabulary, -inf fill, as the reference): same loss, same ATS statistics, same gradients
// w.r.t. h, W and bias (relative 1e-5), on random problems in double and float.
#include <torch/torch.h>

#include <QtTest/QtTest>

#include <algorithm>
#include <random>

#include "losses/gathered_rows_linear.h"
#include "losses/recommendation_loss.h"

namespace {

using msl::LogitsPath;
using msl::LossKind;

// Random rows: `samples` target sequences of 2..6 positions; position 0 shares one valid set of
// n tokens (the trie root), later positions have 1..12 random valid tokens containing the target.
struct RandomProblem {
  std::vector<std::vector<msl::TokenId>> validSets;
  msl::TargetRows rows;
};

RandomProblem randomProblem(std::uint32_t seed, std::int64_t vocabulary, int samples) {
  std::mt19937 random(seed);
  std::vector<msl::TokenId> all(vocabulary);
  for (std::int64_t v = 0; v < vocabulary; ++v) all[v] = static_cast<msl::TokenId>(v);
  auto randomSet = [&](std::size_t size) {
    std::shuffle(all.begin(), all.end(), random);
    std::vector<msl::TokenId> set(all.begin(), all.begin() + size);
    std::sort(set.begin(), set.end());
    return set;
  };
  RandomProblem problem;
  problem.validSets.reserve(samples * 8);
  const std::vector<msl::TokenId> root = randomSet(10);
  for (int sample = 0; sample < samples; ++sample) {
    const int length = std::uniform_int_distribution<int>(2, 6)(random);
    for (int t = 0; t < length; ++t) {
      problem.validSets.push_back(
          t == 0 ? root : randomSet(std::uniform_int_distribution<std::size_t>(1, 12)(random)));
      const auto& valid = problem.validSets.back();
      const msl::TokenId target =
          valid[std::uniform_int_distribution<std::size_t>(0, valid.size() - 1)(random)];
      problem.rows.append(target, {valid.data(), valid.size()}, sample, t == 0);
    }
  }
  return problem;
}

double relativeDifference(const at::Tensor& a, const at::Tensor& b) {
  const double scale = std::max(b.abs().max().item<double>(), 1e-30);
  return (a - b).abs().max().item<double>() / scale;
}

struct Outcome {
  double loss;
  at::Tensor gradHidden, gradWeight, gradBias;
  msl::LossStats stats;
};

Outcome run(const msl::LossConfig& config, const at::Tensor& hidden, const at::Tensor& weight,
            const at::Tensor& bias, const msl::TargetRows& rows) {
  const at::Tensor h = hidden.clone().requires_grad_(true);
  const at::Tensor w = weight.clone().requires_grad_(true);
  const at::Tensor b = bias.clone().requires_grad_(true);
  msl::RecommendationLoss loss(config);
  const msl::LossResult result = loss.compute(h, w, b, rows);
  if (config.weightGradient == msl::WeightGradient::IntoKeptGradient) {
    // The gradient lands in the kept W.grad, on top of what it held.
    const double kept = 0.5;
    w.mutable_grad() = torch::full_like(w, kept);
    result.loss.backward();
    return {result.stats.loss, h.grad(), w.grad() - kept, b.grad(), result.stats};
  }
  const auto grads = torch::autograd::grad({result.loss}, {h, w, b});
  const at::Tensor gradWeight = grads[1].is_sparse() ? grads[1].to_dense() : grads[1];
  return {result.stats.loss, grads[0], gradWeight, grads[2], result.stats};
}

}  // namespace

class TestSparseDenseParity : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void lossAndGradientsAgree_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("doublePrecision");
    QTest::addColumn<double>("logitScale");
    QTest::addColumn<int>("weightGradient");
    for (LossKind kind : {LossKind::MslFixed, LossKind::MslAdaptive}) {
      for (bool precision : {true, false}) {
        for (double scale : {1.0, 30.0}) {
          for (auto [mode, name] :
               {std::pair{msl::WeightGradient::Dense, ""},
                std::pair{msl::WeightGradient::SparseRows, " sparse W grad"},
                std::pair{msl::WeightGradient::IntoKeptGradient, " W grad into the kept one"}}) {
            QTest::addRow("%s %s scale %g%s", msl::lossKindName(kind).c_str(),
                          precision ? "double" : "float", scale, name)
                << static_cast<int>(kind) << precision << scale << static_cast<int>(mode);
          }
        }
      }
    }
  }

  void lossAndGradientsAgree() {
    QFETCH(int, kind);
    QFETCH(bool, doublePrecision);
    QFETCH(double, logitScale);
    QFETCH(int, weightGradient);
    const auto dtype = doublePrecision ? torch::kFloat64 : torch::kFloat32;
    for (std::uint32_t seed = 1; seed <= 5; ++seed) {
      torch::manual_seed(seed);
      const std::int64_t vocabulary = 97, hiddenSize = 16;
      const RandomProblem problem = randomProblem(seed, vocabulary, 4);
      const auto n = static_cast<std::int64_t>(problem.rows.size());
      const at::Tensor hidden = torch::randn({n, hiddenSize}, dtype) * logitScale;
      const at::Tensor weight = torch::randn({vocabulary, hiddenSize}, dtype) / 4;
      const at::Tensor bias = torch::randn({vocabulary}, dtype);
      msl::LossConfig config;
      config.kind = static_cast<LossKind>(kind);
      config.temperature = 1.7;
      config.path = LogitsPath::Sparse;
      config.weightGradient = static_cast<msl::WeightGradient>(weightGradient);
      const Outcome sparse = run(config, hidden, weight, bias, problem.rows);
      config.path = LogitsPath::Dense;
      const Outcome dense = run(config, hidden, weight, bias, problem.rows);

      QVERIFY(sparse.stats.logitColumns < vocabulary);
      QCOMPARE(dense.stats.logitColumns, vocabulary);
      const double lossDifference =
          std::abs(sparse.loss - dense.loss) / std::max(std::abs(dense.loss), 1e-30);
      const double hDifference = relativeDifference(sparse.gradHidden, dense.gradHidden);
      const double wDifference = relativeDifference(sparse.gradWeight, dense.gradWeight);
      const double bDifference = relativeDifference(sparse.gradBias, dense.gradBias);
      const QString report = QString("seed %1: loss %2 vs %3 (rel %4), grad h %5, W %6, b %7")
                                 .arg(seed)
                                 .arg(sparse.loss, 0, 'g', 12)
                                 .arg(dense.loss, 0, 'g', 12)
                                 .arg(lossDifference)
                                 .arg(hDifference)
                                 .arg(wDifference)
                                 .arg(bDifference);
      QVERIFY2(lossDifference <= 1e-5 && hDifference <= 1e-5 && wDifference <= 1e-5 &&
                   bDifference <= 1e-5,
               qPrintable(report));
      QVERIFY2(dense.gradHidden.abs().max().item<double>() > 0, "gradients must not vanish");
      // W rows outside the union get no gradient on either path.
      QVERIFY(dense.gradWeight.abs().sum(1).gt(0).sum().item<std::int64_t>() <=
              sparse.stats.logitColumns);
      if (sparse.stats.ats) {
        // The statistics are pooled in double, but float logits differ in their last bits.
        const double statisticsTolerance = doublePrecision ? 1e-9 : 1e-5;
        QVERIFY(std::abs(sparse.stats.ats->tauRaw - dense.stats.ats->tauRaw) <=
                statisticsTolerance * dense.stats.ats->tauRaw);
        QVERIFY(std::abs(sparse.stats.ats->varNeg - dense.stats.ats->varNeg) <=
                statisticsTolerance * dense.stats.ats->varNeg);
        QCOMPARE(sparse.stats.ats->n, std::int64_t{10});
        QCOMPARE(sparse.stats.ats->firstRows, std::int64_t{4});
      }
    }
  }

  void gatheredRowsLinearInChunksEqualsTheGatherThenMatmul() {
    torch::manual_seed(5);
    const at::Tensor hidden = torch::randn({6, 10}, torch::kFloat64);
    const at::Tensor weight = torch::randn({40, 10}, torch::kFloat64);
    const at::Tensor rows = torch::tensor({1, 4, 5, 17, 23, 30, 39}, torch::kInt64);
    const at::Tensor upstream = torch::randn({6, 7}, torch::kFloat64);  // dL/dz
    const at::Tensor h0 = hidden.clone().requires_grad_(true);
    const at::Tensor w0 = weight.clone().requires_grad_(true);
    const at::Tensor expected = h0.matmul(w0.index_select(0, rows).t());
    const auto expectedGrads = torch::autograd::grad({expected}, {h0, w0}, {upstream});
    for (std::int64_t chunk :
         {std::int64_t{1}, std::int64_t{3}, std::int64_t{7}, std::int64_t{100}}) {
      for (bool sparseGradient : {false, true}) {
        const at::Tensor h = hidden.clone().requires_grad_(true);
        const at::Tensor w = weight.clone().requires_grad_(true);
        const auto mode =
            sparseGradient ? msl::WeightGradient::SparseRows : msl::WeightGradient::Dense;
        const at::Tensor z = msl::gatheredRowsLinear(h, w, rows, mode, chunk);
        const auto grads = torch::autograd::grad({z}, {h, w}, {upstream});
        QCOMPARE(grads[1].is_sparse(), sparseGradient);
        const at::Tensor gradWeight = sparseGradient ? grads[1].to_dense() : grads[1];
        QVERIFY(relativeDifference(z, expected) < 1e-14);
        QVERIFY(relativeDifference(grads[0], expectedGrads[0]) < 1e-14);
        QVERIFY(relativeDifference(gradWeight, expectedGrads[1]) < 1e-14);
      }
      // Into a kept gradient: added to what W.grad held, chunk by chunk, and nothing returned.
      const at::Tensor h = hidden.clone().requires_grad_(true);
      const at::Tensor w = weight.clone().requires_grad_(true);
      const at::Tensor held = torch::randn_like(weight);
      w.mutable_grad() = held.clone();
      msl::gatheredRowsLinear(h, w, rows, msl::WeightGradient::IntoKeptGradient, chunk)
          .backward(upstream);
      QVERIFY(relativeDifference(w.grad() - held, expectedGrads[1]) < 1e-14);
      QVERIFY(relativeDifference(h.grad(), expectedGrads[0]) < 1e-14);
    }
  }

  void atsStatisticsMatchADirectComputation() {
    // μ⁺, μ⁻, σ²⁻ from the dense logits by hand: the valid logits of the first-position rows.
    torch::manual_seed(3);
    const RandomProblem problem = randomProblem(3, 50, 3);
    const auto n = static_cast<std::int64_t>(problem.rows.size());
    const at::Tensor hidden = torch::randn({n, 8}, torch::kFloat64);
    const at::Tensor weight = torch::randn({50, 8}, torch::kFloat64);
    const at::Tensor logits = hidden.matmul(weight.t());
    std::vector<double> values, positives;
    for (std::size_t row = 0; row < problem.rows.size(); ++row) {
      if (!problem.rows.isFirstPosition(row)) continue;
      for (msl::TokenId token : problem.rows.valid(row)) {
        values.push_back(logits[row][token].item<double>());
      }
      positives.push_back(logits[row][problem.rows.target(row)].item<double>());
    }
    double mean = 0, positive = 0, squares = 0;
    for (double v : values) mean += v / values.size();
    for (double v : positives) positive += v / positives.size();
    for (double v : values) squares += (v - mean) * (v - mean);
    msl::LossConfig config;
    config.kind = LossKind::MslAdaptive;
    msl::RecommendationLoss loss(config);
    const msl::AtsStep step = *loss.compute(hidden, weight, at::Tensor(), problem.rows).stats.ats;
    QVERIFY(std::abs(step.muPos - positive) < 1e-12);
    QVERIFY(std::abs(step.muNeg - mean) < 1e-12);
    QVERIFY(std::abs(step.varNeg - squares / (values.size() - 1)) < 1e-12);
  }
};

QTEST_APPLESS_MAIN(TestSparseDenseParity)
#include "tst_sparse_dense_parity.moc"
