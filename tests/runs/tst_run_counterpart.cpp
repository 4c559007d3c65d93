// Model B's default: the run a trained run is most naturally compared with, on hand-built
// store listings.
#include <QtTest>

#include "runs/run_counterpart.h"

using namespace msl;

namespace {

RunRecord runOf(RunId id, const std::string& kind, const std::string& datasetHash,
                RunStatus status = RunStatus::Finished) {
  RunRecord run;
  run.id = id;
  run.name = "run " + std::to_string(id);
  run.lossKind = kind;
  run.dataset = {"/data/" + datasetHash, datasetHash};
  run.status = status;
  return run;
}

}  // namespace

class TestRunCounterpart : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void aMaskedRunMeetsTheNewestLmlRunOfItsData() {
    const std::vector<RunRecord> runs = {runOf(1, "lml", "books"),  runOf(2, "popularity", "books"),
                                         runOf(3, "lml", "books"),  runOf(4, "msl", "books"),
                                         runOf(5, "lml", "movies"), runOf(6, "msl_ats", "books")};
    QCOMPARE(counterpartRun(runs, 6), std::optional<RunId>(3));
    QCOMPARE(counterpartRun(runs, 4), std::optional<RunId>(3));
  }

  void anLmlRunMeetsMslAtsBeforeMsl() {
    const std::vector<RunRecord> runs = {runOf(1, "msl_ats", "books"), runOf(2, "msl", "books"),
                                         runOf(3, "lml", "books")};
    QCOMPARE(counterpartRun(runs, 3), std::optional<RunId>(1));
  }

  void withoutThePreferredKindAnotherTrainedRunOfTheDataServes() {
    const std::vector<RunRecord> runs = {runOf(1, "msl", "books"), runOf(2, "sasrec", "books"),
                                         runOf(3, "msl_ats", "books")};
    QCOMPARE(counterpartRun(runs, 3), std::optional<RunId>(1));
  }

  void baselinesFailedRunsAndOtherDataNeverServe() {
    const std::vector<RunRecord> runs = {
        runOf(1, "popularity", "books"), runOf(2, "lml", "books", RunStatus::Failed),
        runOf(3, "lml", "movies"), runOf(4, "lml", "books", RunStatus::Created),
        runOf(5, "msl_ats", "books")};
    QCOMPARE(counterpartRun(runs, 5), std::optional<RunId>());
    QCOMPARE(counterpartRun(runs, 99), std::optional<RunId>());
  }

  void anInterruptedRunStillServes() {
    const std::vector<RunRecord> runs = {runOf(1, "lml", "books", RunStatus::Interrupted),
                                         runOf(2, "msl_ats", "books")};
    QCOMPARE(counterpartRun(runs, 2), std::optional<RunId>(1));
  }

  void withoutHashesTheFolderDecides() {
    std::vector<RunRecord> runs = {runOf(1, "lml", ""), runOf(2, "msl_ats", "")};
    runs[0].dataset.path = "/data/books";
    runs[1].dataset.path = "/data/books";
    QCOMPARE(counterpartRun(runs, 2), std::optional<RunId>(1));
    runs[0].dataset.path = "/data/movies";
    QCOMPARE(counterpartRun(runs, 2), std::optional<RunId>());
  }
};

QTEST_GUILESS_MAIN(TestRunCounterpart)
#include "tst_run_counterpart.moc"
