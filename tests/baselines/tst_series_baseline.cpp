// The "same series" baseline on a hand-checked catalog, and the series keys it reads from
// titles as the Amazon Books catalog and the synthetic demo catalog write them.
//
// Catalog: 1 "Breathe (Rosewood Bay) (Volume 2)", 2 "Freed (Rosewood Bay) (Volume 3)",
//   3 "Fearless (Rosewood Bay)", 4 "Glass River, Book 1", 5 "Glass River, Book 2",
//   6 "Standalone", 7 "Other (Volume 1)", 8 "Popular", 9 "Third (Volume 1)", and 10-12
//   fillers that open every history (a sample has 5 to 11 items).
// train targets: 8 twice, 6 once, 3 once: popularity = 8, 3, 6 (the tie by id), then by id.
// test: t1 = ..., 6, 1 -> 2; t2 = ..., 9 -> 7; 3 titles per list.
//   t1: Rosewood Bay without the history's 1, by popularity: 3, 2; then popularity: 8 -> rank 1.
//   t2: "(Volume 1)" names no series, so 9 does not lead to 7: 8, 3, 6 -> miss.
#include <QtTest/QtTest>

#include <fstream>

#include "baselines/baseline_run.h"
#include "baselines/series_baseline.h"
#include "baselines/title_series.h"

namespace {

using Keys = std::vector<std::string>;

void writeText(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path) << text;
}

}  // namespace

class TestSeriesBaseline : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    const std::filesystem::path dir = dir_.path().toStdString();
    writeText(
        dir / "id2name4Rec.json",
        R"json({"1": "Breathe (Rosewood Bay) (Volume 2)", "2": "Freed (Rosewood Bay) (Volume 3)",
                  "3": "Fearless (Rosewood Bay)", "4": "Glass River, Book 1",
                  "5": "Glass River, Book 2", "6": "Standalone", "7": "Other (Volume 1)",
                  "8": "Popular", "9": "Third (Volume 1)", "10": "Filler A",
                  "11": "Filler B", "12": "Filler C"})json");
    writeText(dir / "train.csv",
              "user_id,item_ids,timestamp\n"
              "u1,\"[10, 11, 12, 6, 8]\",1\n"
              "u2,\"[10, 11, 12, 1, 8]\",2\n"
              "u3,\"[10, 11, 12, 4, 6]\",3\n"
              "u4,\"[10, 11, 12, 7, 3]\",4\n");
    writeText(dir / "test.csv",
              "user_id,item_ids,timestamp\n"
              "t1,\"[10, 11, 12, 6, 1, 2]\",5\n"
              "t2,\"[10, 11, 12, 9, 7]\",6\n");
    dataset_ = msl::loadDataset(dir);
  }

  void titlesNameTheirSeries() {
    QCOMPARE(msl::seriesOfTitle("Freed (Rosewood Bay) (Volume 3)"), (Keys{"rosewood bay"}));
    QCOMPARE(msl::seriesOfTitle("Fearless (Rosewood Bay)"), (Keys{"rosewood bay"}));
    QCOMPARE(msl::seriesOfTitle("Knox (An Out of the Cage Novel) (Volume 3)"),
             (Keys{"an out of the cage novel"}));
    QCOMPARE(msl::seriesOfTitle("Rising (Rosewood Bay Book 2)"), (Keys{"rosewood bay"}));
    QCOMPARE(msl::seriesOfTitle("Glass River, Book 2"), (Keys{"glass river"}));
    QCOMPARE(msl::seriesOfTitle("Harry Potter #4"), (Keys{"harry potter"}));
    QCOMPARE(msl::seriesOfTitle("Dune: Vol. 2 (Penguin Classics)"),
             (Keys{"penguin classics", "dune"}));
    // Numbering alone, or no marker before a number, names no series.
    QCOMPARE(msl::seriesOfTitle("Other (Volume 1)"), Keys{});
    QCOMPARE(msl::seriesOfTitle("Catch 22"), Keys{});
    QCOMPARE(msl::seriesOfTitle("The Notebook"), Keys{});
    QCOMPARE(msl::seriesOfTitle("(  )"), Keys{});
  }

  void ranksTheHistorysSeriesThenPopularity() {
    const msl::SeriesBaseline series(dataset_, "train");
    QCOMPARE(series.rank({6, 1}, 4), (std::vector<msl::ItemId>{3, 2, 8, 6}));
    // The most recent item's series first.
    QCOMPARE(series.rank({1, 4}, 4), (std::vector<msl::ItemId>{5, 3, 2, 8}));
    QCOMPARE(series.rank({4, 1}, 4), (std::vector<msl::ItemId>{3, 2, 5, 8}));
    QCOMPARE(series.rank({4, 7}, 3), (std::vector<msl::ItemId>{5, 8, 3}));
    QCOMPARE(series.rank({9}, 3), (std::vector<msl::ItemId>{8, 3, 6}));
    QCOMPARE(series.rank({}, 2), (std::vector<msl::ItemId>{8, 3}));
    QCOMPARE(series.rank({1}, 1), (std::vector<msl::ItemId>{3}));
  }

  void scoredAsTheOtherBaselines() {
    msl::BaselineEvaluationOptions options;
    options.titles = 3;
    const auto result =
        msl::evaluateBaseline(*msl::makeBaseline("series", dataset_, "train"), dataset_, options);
    QCOMPARE(result.variant, std::string("series"));
    QCOMPARE(result.samples.size(), std::size_t(2));
    QCOMPARE(result.samples[0].rank, std::optional<std::size_t>(1));
    QVERIFY(!result.samples[1].rank);
    QCOMPARE(result.metrics.at("HR@1"), 0.0);
    QCOMPARE(result.metrics.at("HR@5"), 0.5);
  }

 private:
  QTemporaryDir dir_;
  msl::Dataset dataset_;
};

QTEST_GUILESS_MAIN(TestSeriesBaseline)
#include "tst_series_baseline.moc"
