// The paired significance tests against closed forms and hand computation: the incomplete beta
// and Student t against exact values, the t-test, sign test and Wilcoxon on small samples.
#include <QtTest/QtTest>

#include <cmath>

#include "common/error.h"
#include "metrics/paired_comparison.h"
#include "metrics/student_t.h"

namespace {

void expectNear(double actual, double expected, double tolerance, const char* what) {
  QVERIFY2(std::abs(actual - expected) < tolerance, qPrintable(QString("%1: %2, expected %3")
                                                                   .arg(what)
                                                                   .arg(actual, 0, 'g', 15)
                                                                   .arg(expected, 0, 'g', 15)));
}

// Student t CDF with 3 degrees of freedom in closed form.
double tCdf3(double t) {
  const double x = t / std::sqrt(3.0);
  return 0.5 + (x / (1 + x * x) + std::atan(x)) / M_PI;
}

}  // namespace

class TestPairedComparison : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void incompleteBetaExactValues() {
    expectNear(msl::regularizedIncompleteBeta(2, 3, 0.5), 11.0 / 16.0, 1e-13, "I_0.5(2,3)");
    expectNear(msl::regularizedIncompleteBeta(1, 1, 0.3), 0.3, 1e-13, "I_0.3(1,1)");
    expectNear(msl::regularizedIncompleteBeta(3, 1, 0.4), 0.064, 1e-13, "I_0.4(3,1)");
    expectNear(msl::regularizedIncompleteBeta(0.5, 0.5, 0.25), 1.0 / 3.0, 1e-12,
               "I_0.25(1/2,1/2) = 2/pi asin(1/2)");
    QVERIFY_THROWS_EXCEPTION(msl::Error, msl::regularizedIncompleteBeta(1, 1, 1.5));
  }

  void studentTKnownValues() {
    expectNear(msl::studentTCdf(1.0, 1), 0.75, 1e-12, "Cauchy CDF(1)");
    expectNear(msl::studentTCdf(-1.5, 2), 0.5 - 1.5 / (2 * std::sqrt(2 + 2.25)), 1e-12,
               "df=2 closed form");
    expectNear(msl::studentTCdf(1.7, 3), tCdf3(1.7), 1e-12, "df=3 closed form");
    // Tabulated critical values: two-sided 5% at df = 10 and 1% at df = 30.
    expectNear(msl::studentTTwoSidedP(2.228138851986, 10), 0.05, 1e-9, "t(10) 5%");
    expectNear(msl::studentTTwoSidedP(2.749995653567, 30), 0.01, 1e-9, "t(30) 1%");
    expectNear(msl::standardNormalCdf(1.959963984540), 0.975, 1e-10, "normal 97.5%");
  }

  void pairedTTestByHand() {
    // Differences 1, 0.5, 0, 0.5: mean 0.5, sample variance 1/6, se = sqrt(1/24), t = sqrt(6).
    const auto result = msl::comparePaired({0, 0, 0, 0}, {1, 0.5, 0, 0.5});
    expectNear(result.meanDifference, 0.5, 1e-15, "mean difference");
    expectNear(result.tStatistic, std::sqrt(6.0), 1e-12, "t");
    QCOMPARE(result.degreesOfFreedom, 3.0);
    expectNear(result.tTestP, 2 * (1 - tCdf3(std::sqrt(6.0))), 1e-12, "t-test p");
    QCOMPARE(result.bBetter, std::size_t{3});
    QCOMPARE(result.ties, std::size_t{1});
    expectNear(result.signTestP, 0.25, 1e-15, "sign test: 3 of 3 -> 2/8");
  }

  void signTestExact() {
    expectNear(msl::exactSignTestP(2, 10), 2.0 * (1 + 10 + 45) / 1024, 1e-14, "2 of 10");
    expectNear(msl::exactSignTestP(5, 10), 1.0, 1e-14, "5 of 10 is capped at 1");
    QCOMPARE(msl::exactSignTestP(0, 0), 1.0);
  }

  void wilcoxonByHand() {
    // Non-zero differences 1, .5, .5, -.2: ranks 4, 2.5, 2.5, 1 -> W+ = 9; n = 4, mean 5,
    // variance 4*5*9/24 - (2^3 - 2)/48 = 7.375.
    const auto result = msl::comparePaired({0, 0, 0, 0, 0.2}, {1, 0.5, 0, 0.5, 0});
    const double z = 4.0 / std::sqrt(7.375);
    expectNear(result.wilcoxonZ, z, 1e-12, "Wilcoxon z");
    expectNear(result.wilcoxonP, 2 * (1 - msl::standardNormalCdf(z)), 1e-12, "Wilcoxon p");
    QCOMPARE(result.aBetter, std::size_t{1});
  }

  void runsArePairedBySampleIndex() {
    const std::vector<msl::SampleRank> a{{0, "u", std::size_t{0}}, {1, "v", std::nullopt}};
    const std::vector<msl::SampleRank> b{{1, "v", std::size_t{1}}, {0, "u", std::size_t{0}}};
    const auto result = msl::compareRuns(a, b);
    expectNear(result.meanDifference, (1.0 / std::log2(3.0)) / 2, 1e-12, "paired by index");
    const std::vector<msl::SampleRank> other{{0, "u", std::size_t{0}}, {2, "w", std::nullopt}};
    QVERIFY_THROWS_EXCEPTION(msl::Error, msl::compareRuns(a, other));
    QVERIFY_THROWS_EXCEPTION(msl::Error, msl::comparePaired({1.0}, {1.0, 2.0}));
  }
};

QTEST_APPLESS_MAIN(TestPairedComparison)
#include "tst_paired_comparison.moc"
