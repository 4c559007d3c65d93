// Evaluations during training on a tiny model and a synthetic catalog (CPU): every N steps on a
// fixed subset of the validation split and once at the end on the full split, stored and
// reported; training is the same with and without them; a dataset without a validation split
// is monitored on the test split under its own name, with one warning.
#include <QtTest/QtTest>

#include <algorithm>
#include <functional>
#include <mutex>
#include <set>

#include "data/bigrec_layout_writer.h"
#include "store/experiment_store.h"
#include "training/trainer.h"
#include "training_fixture.h"

namespace {

class Recorder : public msl::TrainerObserver {
 public:
  void onStep(const msl::StepReport& report) override {
    std::lock_guard<std::mutex> lock(mutex);
    losses.push_back(report.loss);
  }
  void onLog(const std::string& level, const std::string& text) override {
    std::lock_guard<std::mutex> lock(mutex);
    logs.push_back(level + ": " + text);
  }
  void onCheckpoint(const msl::CheckpointReport& report) override {
    if (onCheckpointHook) onCheckpointHook(report);
  }
  void onEvaluation(const msl::EvaluationReport& report) override {
    std::lock_guard<std::mutex> lock(mutex);
    evaluations.push_back(report);
  }
  std::size_t logsContaining(const std::string& text) const {
    return static_cast<std::size_t>(std::count_if(logs.begin(), logs.end(), [&](const auto& line) {
      return line.find(text) != std::string::npos;
    }));
  }

  std::mutex mutex;
  std::vector<double> losses;
  std::vector<std::string> logs;
  std::vector<msl::EvaluationReport> evaluations;
  std::function<void(const msl::CheckpointReport&)> onCheckpointHook;
};

std::set<std::int64_t> sampleIndices(msl::ExperimentStore& store, msl::RunId run,
                                     std::int64_t step) {
  std::set<std::int64_t> indices;
  for (const auto& record : store.recommendations({run, step, std::nullopt, std::nullopt}))
    indices.insert(record.sampleIndex);
  return indices;
}

void verifyMetricsInRange(const msl::EvaluationMetrics& evaluation) {
  for (const char* name : {"HR@1", "HR@5", "HR@10", "NDCG@1", "NDCG@5", "NDCG@10", "MRR"}) {
    QVERIFY2(evaluation.metrics.count(name), name);
    const double value = evaluation.metrics.at(name);
    QVERIFY2(value >= 0 && value <= 1, (std::string(name) + " = " + std::to_string(value)).c_str());
  }
  // A longer list finds at least what a shorter one finds.
  QVERIFY(evaluation.metrics.at("HR@10") >= evaluation.metrics.at("HR@1"));
}

}  // namespace

class TestTrainingEvaluation : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { fixture_ = std::make_unique<TrainingFixture>(); }

  void everyStepsOnSubsetAndFullSplitAtEnd() {
    const msl::RunConfig config = evaluatedRun(6, 2, 5, "valid", 5);
    Recorder recorder;
    const auto outcome = msl::trainBlocking({config, fixture_->storePath(), {}}, &recorder);
    QVERIFY2(outcome.status == msl::RunStatus::Finished, outcome.message.c_str());

    const std::size_t validSize = fixture_->dataset.split("valid").size();
    QVERIFY(validSize > 5);
    // Steps 2 and 4 on the subset; at step 6 the full split replaces the subset evaluation.
    QCOMPARE(recorder.evaluations.size(), std::size_t(3));
    const std::vector<std::int64_t> steps{2, 4, 6};
    for (std::size_t i = 0; i < 3; ++i) {
      const auto& report = recorder.evaluations[i];
      QCOMPARE(report.metrics.step, steps[i]);
      QCOMPARE(report.metrics.split, std::string("valid"));
      QCOMPARE(report.metrics.run, outcome.run);
      QCOMPARE(report.final, i == 2);
      QCOMPARE(report.metrics.samples, std::int64_t(i == 2 ? validSize : 5));
      QVERIFY(report.seconds > 0);
      verifyMetricsInRange(report.metrics);
    }
    QCOMPARE(recorder.logsContaining("evaluation at step"), std::size_t(3));
    QCOMPARE(recorder.logsContaining("no validation split"), std::size_t(0));

    msl::ExperimentStore store(fixture_->storePath());
    const auto stored = store.evaluations(outcome.run);
    QCOMPARE(stored.size(), std::size_t(3));
    for (std::size_t i = 0; i < 3; ++i) {
      QCOMPARE(stored[i].step, steps[i]);
      QCOMPARE(stored[i].samples, recorder.evaluations[i].metrics.samples);
      QCOMPARE(stored[i].metrics.at("NDCG@10"),
               recorder.evaluations[i].metrics.metrics.at("NDCG@10"));
    }
    // The same seeded subset each time, so that the curve compares like with like.
    const auto first = sampleIndices(store, outcome.run, 2);
    QCOMPARE(first.size(), std::size_t(5));
    QCOMPARE(sampleIndices(store, outcome.run, 4), first);
    QCOMPARE(sampleIndices(store, outcome.run, 6).size(), validSize);
    // Per-sample ranks agree with the stored HR@5.
    std::size_t hits = 0;
    const auto records =
        store.recommendations({outcome.run, 6, std::string("valid"), std::nullopt});
    for (const auto& record : records) {
      QVERIFY(record.rank == msl::RecommendationRecord::kMiss ||
              (record.rank >= 1 && record.rank <= 5));
      if (record.rank != msl::RecommendationRecord::kMiss) ++hits;
    }
    QCOMPARE(stored[2].metrics.at("HR@5"),
             static_cast<double>(hits) / static_cast<double>(records.size()));
  }

  void evaluationLeavesTrainingUnchanged() {
    // Eval mode, no gradient and no draw from the global generator: the losses after an
    // evaluation are bit for bit those of a run without one (dropout makes mode slips visible).
    msl::RunConfig config = evaluatedRun(6, 0, 3, "off", 3);
    config.lora.enabled = true;
    config.lora.dropout = 0.3;
    Recorder plain;
    const auto without = msl::trainBlocking({config, fixture_->storePath(), {}}, &plain);
    QVERIFY2(without.status == msl::RunStatus::Finished, without.message.c_str());
    config.evaluation.everySteps = 2;
    Recorder evaluated;
    const auto with = msl::trainBlocking({config, fixture_->storePath(), {}}, &evaluated);
    QVERIFY2(with.status == msl::RunStatus::Finished, with.message.c_str());
    QCOMPARE(evaluated.evaluations.size(), std::size_t(3));
    QCOMPARE(evaluated.losses, plain.losses);
  }

  void cancelDuringFinalEvaluationThenResume() {
    // Cancelled as the final evaluation starts: nothing partial is stored, the run is
    // cancelled with all its steps done, and resuming it runs only the evaluation.
    msl::RunConfig config = evaluatedRun(2, 0, 0, "valid", 3);
    config.evaluation.batchSize = 1;  // a progress callback after every sample
    Recorder recorder;
    msl::Trainer trainer({config, fixture_->storePath(), {}}, &recorder);
    recorder.onCheckpointHook = [&trainer](const msl::CheckpointReport& report) {
      if (report.kind == "final") trainer.cancel();  // just before the end-of-run evaluation
    };
    trainer.start();
    const auto cancelled = trainer.wait();
    QVERIFY2(cancelled.status == msl::RunStatus::Cancelled, cancelled.message.c_str());
    QVERIFY2(cancelled.message.find("final evaluation") != std::string::npos,
             cancelled.message.c_str());
    QCOMPARE(cancelled.steps, std::int64_t(2));
    QVERIFY(recorder.evaluations.empty());
    {
      msl::ExperimentStore store(fixture_->storePath());
      QVERIFY(store.evaluations(cancelled.run).empty());
      QVERIFY(store.recommendations({cancelled.run, {}, {}, {}}).empty());
    }
    Recorder resumed;
    const auto finished =
        msl::trainBlocking({config, fixture_->storePath(), cancelled.run}, &resumed);
    QVERIFY2(finished.status == msl::RunStatus::Finished, finished.message.c_str());
    QVERIFY(resumed.losses.empty());  // no step repeated
    QCOMPARE(resumed.evaluations.size(), std::size_t(1));
    QVERIFY(resumed.evaluations[0].final);
    QCOMPARE(resumed.evaluations[0].metrics.step, std::int64_t(2));
    QCOMPARE(resumed.evaluations[0].metrics.samples,
             std::int64_t(fixture_->dataset.split("valid").size()));
  }

  void missingValidationSplitMonitorsTestSplit() {
    msl::Dataset withoutValid = fixture_->dataset;
    withoutValid.splits.erase(
        std::remove_if(withoutValid.splits.begin(), withoutValid.splits.end(),
                       [](const auto& split) { return split.first == "valid"; }),
        withoutValid.splits.end());
    const auto dataDir = fixture_->root() / "data-without-valid";
    msl::writeBigRecDataset(withoutValid, dataDir);

    msl::RunConfig config = evaluatedRun(4, 2, 4, "valid", 3);
    config.data.dir = dataDir.string();
    Recorder recorder;
    const auto outcome = msl::trainBlocking({config, fixture_->storePath(), {}}, &recorder);
    QVERIFY2(outcome.status == msl::RunStatus::Finished, outcome.message.c_str());
    QCOMPARE(recorder.logsContaining("warning: dataset"), std::size_t(1));
    QCOMPARE(recorder.logsContaining("no validation split 'valid'"), std::size_t(1));
    QCOMPARE(recorder.evaluations.size(), std::size_t(2));
    for (const auto& report : recorder.evaluations)
      QCOMPARE(report.metrics.split, std::string("test"));
    QCOMPARE(recorder.evaluations.back().metrics.samples,
             std::int64_t(fixture_->dataset.split("test").size()));
    msl::ExperimentStore store(fixture_->storePath());
    for (const auto& evaluation : store.evaluations(outcome.run))
      QCOMPARE(evaluation.split, std::string("test"));
  }

  void missingEndSplitFailsBeforeTraining() {
    msl::RunConfig config = evaluatedRun(4, 0, 4, "test", 3);
    config.data.testSplit = "holdout";
    Recorder recorder;
    const auto outcome = msl::trainBlocking({config, fixture_->storePath(), {}}, &recorder);
    QVERIFY(outcome.status == msl::RunStatus::Failed);
    QVERIFY2(outcome.message.find("evaluation.at_end") != std::string::npos &&
                 outcome.message.find("'holdout'") != std::string::npos,
             outcome.message.c_str());
    QVERIFY(recorder.losses.empty());
  }

 private:
  msl::RunConfig evaluatedRun(std::int64_t steps, std::int64_t every, std::int64_t subset,
                              const std::string& atEnd, std::int64_t beams) const {
    msl::RunConfig config = fixture_->tinyRun();
    config.training.maxSteps = steps;
    config.evaluation.everySteps = every;
    config.evaluation.subset = subset;
    config.evaluation.atEnd = atEnd;
    config.evaluation.beams = beams;  // fewer than the paper's 10: faster, the same code
    return config;
  }

  std::unique_ptr<TrainingFixture> fixture_;
};

QTEST_GUILESS_MAIN(TestTrainingEvaluation)
#include "tst_training_evaluation.moc"
