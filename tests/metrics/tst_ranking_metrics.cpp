// Ranking, catalog and per-user metrics against hand-computed rank lists, including misses and
// titles shared by several items (matched by text, as MSL.md's evaluation does).
#include <QtTest/QtTest>

#include <cmath>

#include "metrics/catalog_metrics.h"
#include "metrics/ranking_metrics.h"
#include "metrics/user_metrics.h"

namespace {

void expectNear(double actual, double expected, const char* what) {
  QVERIFY2(std::abs(actual - expected) < 1e-12,
           qPrintable(QString("%1: %2, hand-computed %3").arg(what).arg(actual).arg(expected)));
}

}  // namespace

class TestRankingMetrics : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void rankIsTheFirstPositionOfTheTitleText() {
    const std::vector<std::string> returned{"Dune", "Emma", "Dune", "Ulysses"};
    QCOMPARE(msl::rankOfTitle(returned, "Dune"), std::optional<std::size_t>(0));
    QCOMPARE(msl::rankOfTitle(returned, "Ulysses"), std::optional<std::size_t>(3));
    QVERIFY(!msl::rankOfTitle(returned, "dune").has_value());  // text match is exact
    QVERIFY(!msl::rankOfTitle({}, "Dune").has_value());
  }

  void metricsOfHandComputedRanks() {
    // Ranks 0, 2, miss, 6 (the last a title shared by two items, found by its text).
    const std::vector<std::string> returned{"A", "B", "C", "D", "E", "F", "Shared", "H"};
    std::vector<msl::SampleRank> ranks{{0, "u1", msl::rankOfTitle(returned, "A")},
                                       {1, "u1", msl::rankOfTitle(returned, "C")},
                                       {2, "u2", msl::rankOfTitle(returned, "Z")},
                                       {3, "u3", msl::rankOfTitle(returned, "Shared")}};
    QCOMPARE(ranks[3].rank, std::optional<std::size_t>(6));
    const auto metrics = msl::rankingMetrics(ranks);
    QCOMPARE(metrics.size(), std::size_t{7});
    expectNear(metrics.at("HR@1"), 0.25, "HR@1");
    expectNear(metrics.at("HR@5"), 0.5, "HR@5");
    expectNear(metrics.at("HR@10"), 0.75, "HR@10");
    expectNear(metrics.at("NDCG@1"), 0.25, "NDCG@1");
    expectNear(metrics.at("NDCG@5"), (1.0 + 0.5) / 4, "NDCG@5");
    expectNear(metrics.at("NDCG@10"), (1.0 + 0.5 + 1.0 / 3.0) / 4, "NDCG@10");
    expectNear(metrics.at("MRR"), (1.0 + 1.0 / 3.0 + 0 + 1.0 / 7.0) / 4, "MRR");
  }

  void emptyEvaluationIsAllZero() {
    const auto metrics = msl::rankingMetrics({});
    for (const auto& [name, value] : metrics) QCOMPARE(value, 0.0);
  }

  void rankAtTheCutoffIsAMiss() {
    QCOMPARE(msl::hitAt(std::size_t{5}, 5), 0.0);
    QCOMPARE(msl::hitAt(std::size_t{4}, 5), 1.0);
    expectNear(msl::ndcgAt(std::size_t{4}, 5), 1.0 / std::log2(6.0), "NDCG@5 at rank 4");
    QCOMPARE(msl::ndcgAt(std::size_t{10}, 10), 0.0);
  }

  void coverageAndPopularityShare() {
    const std::vector<msl::RecommendedList> lists{{1, 2, 3}, {1, 4, 5}};
    expectNear(msl::catalogCoverage(lists, 20), 5.0 / 20.0, "coverage");
    std::vector<std::int64_t> catalog;
    for (std::int64_t id = 1; id <= 20; ++id) catalog.push_back(id);
    // Items 4 and 1 are the most frequent targets; 10% of 20 items = 2 popular items.
    const std::unordered_map<std::int64_t, std::size_t> counts{{4, 9}, {1, 7}, {2, 3}, {7, 7}};
    const auto popular = msl::mostPopularItems(catalog, counts);
    QCOMPARE(popular.size(), std::size_t{2});
    QVERIFY(popular.count(4) == 1);
    QVERIFY(popular.count(1) == 1);  // ties with item 7 broken by the smaller id
    expectNear(msl::popularityShare(lists, popular), 3.0 / 6.0, "popularity share");
  }

  void perUserMeansAndBestWorst() {
    std::vector<msl::SampleRank> ranks{{0, "b", std::size_t{0}},
                                       {1, "b", std::nullopt},
                                       {2, "a", std::size_t{1}},
                                       {3, "c", std::nullopt}};
    const auto users = msl::perUserMetrics(ranks);
    QCOMPARE(users.size(), std::size_t{3});
    QCOMPARE(users[0].userId, std::string("a"));  // 1/log2(3) = 0.63 > b's (1 + 0) / 2
    expectNear(users[0].ndcgAt10, 1.0 / std::log2(3.0), "user a NDCG@10");
    QCOMPARE(users[1].userId, std::string("b"));
    QCOMPARE(users[1].samples, std::size_t{2});
    expectNear(users[1].ndcgAt10, 0.5, "user b NDCG@10");
    expectNear(users[1].hitAt10, 0.5, "user b HR@10");
    QCOMPARE(msl::worstUsers(users, 1).front().userId, std::string("c"));
    QCOMPARE(msl::bestUsers(users, 5).size(), std::size_t{3});
  }
};

QTEST_APPLESS_MAIN(TestRankingMetrics)
#include "tst_ranking_metrics.moc"
