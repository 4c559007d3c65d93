// Dataset figures: how many of a split's targets the training split has seen, hand-checked on a
// tiny dataset and against the counts of the real Amazon Books files (whose test split is
// cold-start), and the warning such a split gets.
#include <QtTest>

#include "data/dataset.h"
#include "data/dataset_stats.h"
#include "scratch_folder.h"

using namespace msl;

namespace {

const SplitStats& splitNamed(const DatasetStats& stats, const std::string& name) {
  for (const SplitStats& split : stats.splits)
    if (split.name == name) return split;
  throw std::runtime_error("no split " + name);
}

bool warnsAbout(const DatasetStats& stats, const std::string& prefix) {
  return std::any_of(stats.warnings.begin(), stats.warnings.end(),
                     [&](const std::string& warning) { return warning.rfind(prefix, 0) == 0; });
}

}  // namespace

class TestDatasetStats : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void countsTargetsTheTrainingSplitHasSeen() {
    // train targets {5, 6}, train items {1..6}; test targets 5 (a training target), 3 (only in
    // a training history), 7 and 8 (nowhere in train): 1 seen as a target, 2 seen at all, so 2
    // of 4 unseen is not "mostly" and no warning; valid (7, 8) is all unseen.
    ScratchFolder folder;
    folder.write("id2name4Rec.json",
                 R"({"1": "A", "2": "B", "3": "C", "4": "D", "5": "E", "6": "F", "7": "G",
                     "8": "H"})");
    folder.write("train.csv",
                 "user_id,item_ids,timestamp\n"
                 "u1,\"[1, 2, 3, 4, 5]\",1\n"
                 "u2,\"[2, 3, 4, 1, 6]\",2\n");
    folder.write("test.csv",
                 "user_id,item_ids,timestamp\n"
                 "t1,\"[1, 2, 3, 4, 5]\",3\n"
                 "t2,\"[1, 2, 4, 6, 3]\",4\n"
                 "t3,\"[1, 2, 3, 4, 7]\",5\n"
                 "t4,\"[1, 2, 3, 4, 8]\",6\n");
    folder.write("valid.csv",
                 "user_id,item_ids,timestamp\n"
                 "v1,\"[1, 2, 3, 4, 7]\",3\n"
                 "v2,\"[1, 2, 3, 4, 8]\",4\n");
    const DatasetStats stats = computeDatasetStats(loadDataset(folder.path()));
    QCOMPARE(stats.trainingSplit, std::string("train"));
    const SplitStats& test = splitNamed(stats, "test");
    QCOMPARE(test.targetsSeenAsTrainingTarget, std::size_t{1});
    QCOMPARE(test.targetsSeenInTraining, std::size_t{2});
    QVERIFY(!warnsAbout(stats, "test:"));
    const SplitStats& valid = splitNamed(stats, "valid");
    QCOMPARE(valid.targetsSeenInTraining, std::size_t{0});
    QVERIFY(warnsAbout(stats, "valid: the targets of 2 of 2 samples occur in no sample of train"));
    const SplitStats& train = splitNamed(stats, "train");
    QCOMPARE(train.targetsSeenAsTrainingTarget, std::size_t{2});
    QVERIFY(!warnsAbout(stats, "train:"));
  }

  void amazonBooksTestIsColdStart() {
    const std::filesystem::path dir = std::filesystem::path(MSLW_SHARED_DATA) / "amazon_books";
    if (!std::filesystem::exists(dir / "id2name4Rec.json"))
      QSKIP("shared Amazon Books data not found at MSLW_SHARED_DATA/amazon_books");
    const DatasetStats stats = computeDatasetStats(loadDataset(dir));
    QCOMPARE(stats.trainingSplit, std::string("train_10000"));
    // Counted from the CSV files with Python's csv and json modules.
    const SplitStats& test = splitNamed(stats, "test");
    QCOMPARE(test.targetsSeenAsTrainingTarget, std::size_t{1310});
    QCOMPARE(test.targetsSeenInTraining, std::size_t{1541});
    QVERIFY(warnsAbout(stats,
                       "test: the targets of 2842 of 4383 samples occur in no sample of "
                       "train_10000"));
    const SplitStats& train = splitNamed(stats, "train");
    QCOMPARE(train.targetsSeenAsTrainingTarget, std::size_t{31033});
    QCOMPARE(train.targetsSeenInTraining, std::size_t{34862});
    QVERIFY(!warnsAbout(stats, "train:"));
  }
};

QTEST_GUILESS_MAIN(TestDatasetStats)
#include "tst_dataset_stats.moc"
