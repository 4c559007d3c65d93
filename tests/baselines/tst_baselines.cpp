// Popularity and Markov baselines on a hand-checked catalog: their rankings, their lists of
// distinct titles (a title two items share is one entry, as in the LLM's trie), the metrics of
// the shared scoring, and a recorded run that the store and `mslw compare` read back; SASRec
// on a pattern only self-attention over the history can learn.
//
// Catalog: 1 A, 2 B, 3 C, 4 D, 5 B (the same title as 2), 6 E, 7 F, 8 G.
// train: ... 1 -> 2, ... 1 -> 3, ... 4 -> 3, ... 2 -> 3, ... 1 -> 2 (last history item -> target)
//   target counts: 3 three times, 2 twice: popularity = 3, 2, then 1, 4, 5, 6, 7, 8 by id.
//   followers: 1 -> [2 (twice), 3], 2 -> [3], 4 -> [3].
// test: t1 = ... 1 -> 5 (title B), t2 = ... 4 -> 4 (title D); 3 titles per list.
//   popularity: C, B, A for both: t1 rank 1, t2 miss.
//   Markov: t1 B, C, A (rank 0); t2 C, B, A (miss).
#include <QtTest/QtTest>

#include <cmath>
#include <fstream>

#include "baselines/baseline_run.h"
#include "baselines/markov_baseline.h"
#include "baselines/popularity_baseline.h"
#include "baselines/sasrec_baseline.h"
#include "common/error.h"
#include "metrics/stored_sample_ranks.h"

namespace {

void writeText(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path) << text;
}

void writeDataset(const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  writeText(dir / "id2name4Rec.json",
            R"({"1": "A", "2": "B", "3": "C", "4": "D", "5": "B", "6": "E", "7": "F", "8": "G"})");
  writeText(dir / "train.csv",
            "user_id,item_ids,timestamp\n"
            "u1,\"[6, 7, 8, 1, 2]\",1\n"
            "u2,\"[6, 7, 8, 1, 3]\",2\n"
            "u3,\"[6, 7, 8, 4, 3]\",3\n"
            "u4,\"[6, 7, 8, 2, 3]\",4\n"
            "u5,\"[7, 6, 8, 1, 2]\",5\n");
  writeText(dir / "test.csv",
            "user_id,item_ids,timestamp\n"
            "t1,\"[6, 7, 8, 1, 5]\",6\n"
            "t2,\"[6, 7, 8, 4, 4]\",7\n");
}

QStringList titlesOf(const msl::SampleRecommendations& sample) {
  QStringList titles;
  for (const auto& title : sample.titles) titles << QString::fromStdString(title.title);
  return titles;
}

}  // namespace

class TestBaselines : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    writeDataset(dataDir());
    dataset_ = msl::loadDataset(dataDir());
  }

  void popularityRanksTargetsByCountThenId() {
    const msl::PopularityBaseline popularity(dataset_, "train");
    QCOMPARE(popularity.order(), (std::vector<msl::ItemId>{3, 2, 1, 4, 5, 6, 7, 8}));
    QCOMPARE(popularity.rank({1}, 3), (std::vector<msl::ItemId>{3, 2, 1}));
    QCOMPARE(popularity.rank({4}, 3), (std::vector<msl::ItemId>{3, 2, 1}));
  }

  void markovFollowsTheLastItemThenPopularity() {
    const msl::MarkovBaseline markov(dataset_, "train");
    QCOMPARE(markov.rank({6, 7, 8, 1}, 4), (std::vector<msl::ItemId>{2, 3, 1, 4}));
    QCOMPARE(markov.rank({6, 7, 8, 4}, 3), (std::vector<msl::ItemId>{3, 2, 1}));
    // Never followed in training: popularity alone.
    QCOMPARE(markov.rank({7}, 3), (std::vector<msl::ItemId>{3, 2, 1}));
  }

  void listsAreDistinctTitlesScoredAsLlmRuns() {
    msl::BaselineEvaluationOptions options;
    options.titles = 3;
    const auto popularity =
        msl::evaluateBaseline(msl::PopularityBaseline(dataset_, "train"), dataset_, options);
    QCOMPARE(popularity.samples.size(), std::size_t(2));
    QCOMPARE(titlesOf(popularity.samples[0]), (QStringList{"C", "B", "A"}));
    // Item 5 shares title B with item 2: one entry naming both, and the target (5) is found.
    QCOMPARE(popularity.samples[0].titles[1].items, (std::vector<msl::ItemId>{2, 5}));
    QCOMPARE(popularity.samples[0].rank, std::optional<std::size_t>(1));
    QVERIFY(!popularity.samples[1].rank);
    QCOMPARE(popularity.metrics.at("HR@1"), 0.0);
    QCOMPARE(popularity.metrics.at("HR@5"), 0.5);
    QVERIFY(std::abs(popularity.metrics.at("NDCG@5") - 0.5 / std::log2(3.0)) < 1e-12);

    const auto markov =
        msl::evaluateBaseline(msl::MarkovBaseline(dataset_, "train"), dataset_, options);
    QCOMPARE(titlesOf(markov.samples[0]), (QStringList{"B", "C", "A"}));
    QCOMPARE(titlesOf(markov.samples[1]), (QStringList{"C", "B", "A"}));
    QCOMPARE(markov.metrics.at("HR@1"), 0.5);
    QCOMPARE(markov.metrics.at("NDCG@5"), 0.5);
    QCOMPARE(markov.variant, std::string("markov"));
  }

  void aBaselineRunIsRecordedBesideTheLlmRuns() {
    msl::ExperimentStore store((dir_.path() + "/store.sqlite").toStdString());
    msl::BaselineRunOptions options;
    options.kind = "markov";
    options.dataDir = dataDir().string();
    options.evaluation.titles = 3;
    const auto outcome = msl::runBaseline(options, &store);
    QVERIFY(outcome.run > 0);
    const auto run = store.run(outcome.run);
    QCOMPARE(run.lossKind, std::string("markov"));
    QCOMPARE(run.status, msl::RunStatus::Finished);
    QVERIFY(run.name.rfind("markov (", 0) == 0);
    QVERIFY(run.dataset.hash.rfind("sha256:", 0) == 0);
    const auto evaluations = store.evaluations(outcome.run);
    QCOMPARE(evaluations.size(), std::size_t(1));
    QCOMPARE(evaluations[0].split, std::string("test"));
    QCOMPARE(evaluations[0].metrics.at("HR@1"), 0.5);
    const auto ranks = msl::storedSampleRanks(store, outcome.run, 0, "test");
    QCOMPARE(ranks.size(), std::size_t(2));
    QCOMPARE(ranks[0].rank, std::optional<std::size_t>(0));
    QVERIFY(!ranks[1].rank);
  }

  void sasrecLearnsAnOrderOnlyAttentionCanSee() {
    // Eight items in a cycle 1 -> 2 -> ... -> 8 -> 1, walked in steps of one or of two: what
    // follows an item depends on the step the history took, so only a model that looks at more
    // than the last item gets both kinds right.
    msl::Dataset cycle;
    for (msl::ItemId id = 1; id <= 8; ++id) cycle.catalog.add(id, "T" + std::to_string(id));
    const auto next = [](msl::ItemId id, int by) { return (id - 1 + by) % 8 + 1; };
    std::vector<msl::Sample> train;
    for (int copy = 0; copy < 40; ++copy) {
      for (msl::ItemId start = 1; start <= 8; ++start) {
        for (int stride : {1, 2}) {
          msl::Sample sample;
          sample.userId = std::to_string(train.size());
          for (int i = 0; i < 5; ++i) sample.itemIds.push_back(next(start, stride * i));
          train.push_back(sample);
        }
      }
    }
    cycle.splits.push_back({"train", train});
    msl::SasrecOptions options;
    options.hidden = 32;
    options.dropout = 0.1;
    options.learningRate = 5e-3;
    options.maxEpochs = 30;
    std::vector<msl::SasrecEpoch> epochs;
    const msl::SasrecBaseline sasrec(
        cycle, "train", options, [&](const msl::SasrecEpoch& epoch) { epochs.push_back(epoch); });
    QVERIFY(!epochs.empty());
    qInfo("SASRec: %zu epochs, loss %.3f -> %.3f, selected epoch %lld (NDCG@10 %.3f on the %s)",
          epochs.size(), epochs.front().trainLoss, epochs.back().trainLoss,
          static_cast<long long>(sasrec.selectedEpoch()),
          epochs[static_cast<std::size_t>(sasrec.selectedEpoch() - 1)].validationNdcg10,
          sasrec.selectionSplit().c_str());
    QCOMPARE(sasrec.selectionSplit(), std::string("held-out tenth of train"));
    // The same last item, different earlier ones: the step the history took decides.
    QCOMPARE(sasrec.rank({2, 3, 4, 5}, 1), (std::vector<msl::ItemId>{6}));  // stride 1
    QCOMPARE(sasrec.rank({7, 1, 3, 5}, 1), (std::vector<msl::ItemId>{7}));  // stride 2
    QCOMPARE(sasrec.rank({5, 6, 7, 8}, 1), (std::vector<msl::ItemId>{1}));
    QCOMPARE(sasrec.rank({2, 4, 6, 8}, 1), (std::vector<msl::ItemId>{2}));
    QCOMPARE(sasrec.rank({2}, 8).size(), std::size_t(8));
  }

  void unknownKindNamesTheKinds() {
    try {
      msl::makeBaseline("sasrec2", dataset_);
      QFAIL("no error");
    } catch (const msl::Error& error) {
      QVERIFY2(std::string(error.what()).find("allowed: popularity, markov, sasrec, series") !=
                   std::string::npos,
               error.what());
    }
  }

 private:
  std::filesystem::path dataDir() const {
    return std::filesystem::path(dir_.path().toStdString()) / "data";
  }

  QTemporaryDir dir_;
  msl::Dataset dataset_;
};

QTEST_GUILESS_MAIN(TestBaselines)
#include "tst_baselines.moc"
