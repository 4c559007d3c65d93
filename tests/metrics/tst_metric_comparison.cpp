// compareMetrics: one row per ranking metric, paired by sample index, whose means are the
// metrics rankingMetrics computes for each side.
#include <QtTest/QtTest>

#include <cmath>

#include "common/error.h"
#include "metrics/metric_comparison.h"

class TestMetricComparison : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void rowsMatchRankingMetrics() {
    // B is A shuffled in order, with sample 2 found at rank 0 instead of missed.
    const std::vector<msl::SampleRank> a{{0, "u", std::size_t{3}},
                                         {1, "v", std::size_t{0}},
                                         {2, "w", std::nullopt},
                                         {3, "x", std::size_t{7}}};
    const std::vector<msl::SampleRank> b{{3, "x", std::size_t{7}},
                                         {2, "w", std::size_t{0}},
                                         {1, "v", std::size_t{0}},
                                         {0, "u", std::size_t{3}}};
    const auto table = msl::compareMetrics(a, b);
    const auto metricsA = msl::rankingMetrics(a);
    const auto metricsB = msl::rankingMetrics(b);
    QCOMPARE(table.size(), metricsA.size());
    for (const auto& row : table) {
      QVERIFY2(metricsA.count(row.metric), row.metric.c_str());
      QVERIFY(std::abs(row.paired.meanA - metricsA.at(row.metric)) < 1e-12);
      QVERIFY(std::abs(row.paired.meanB - metricsB.at(row.metric)) < 1e-12);
      QCOMPARE(row.paired.samples, std::size_t(4));
      // Only sample 2 differs, and B is better there, in every metric.
      QCOMPARE(row.paired.bBetter, std::size_t(1));
      QCOMPARE(row.paired.aBetter, std::size_t(0));
    }
    QCOMPARE(table.front().metric, std::string("HR@1"));
    QCOMPARE(table.back().metric, std::string("MRR"));
  }

  void differentSamplesAreAnError() {
    const std::vector<msl::SampleRank> a{{0, "u", std::size_t{0}}, {1, "v", std::nullopt}};
    const std::vector<msl::SampleRank> b{{0, "u", std::size_t{0}}, {5, "z", std::nullopt}};
    try {
      msl::compareMetrics(a, b);
      QFAIL("expected msl::Error");
    } catch (const msl::Error& error) {
      QVERIFY2(std::string(error.what()).find("sample 1 (user v)") != std::string::npos,
               error.what());
    }
  }
};

QTEST_APPLESS_MAIN(TestMetricComparison)
#include "tst_metric_comparison.moc"
