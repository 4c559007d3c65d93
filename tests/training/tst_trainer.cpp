// The trainer end to end on a tiny model and a synthetic catalog (CPU): the catalog is
// learnable, a resumed run reproduces the uninterrupted one, a NaN stops the run keeping the
// last good checkpoint, and pause/resume/cancel work from another thread.
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <QtTest/QtTest>

#include <atomic>
#include <filesystem>
#include <functional>
#include <mutex>
#include <thread>

#include "store/experiment_store.h"
#include "training/epoch_order.h"
#include "training/trainer.h"
#include "training_fixture.h"

namespace {

class Recorder : public msl::TrainerObserver {
 public:
  void onStep(const msl::StepReport& report) override {
    {
      std::lock_guard<std::mutex> lock(mutex);
      steps.push_back(report);
    }
    stepCount = report.step;
    if (onStepHook) onStepHook(report);
  }
  void onCheckpoint(const msl::CheckpointReport& report) override {
    std::lock_guard<std::mutex> lock(mutex);
    checkpoints.push_back(report);
  }
  void onLog(const std::string&, const std::string& text) override {
    if (text.rfind("paused at step", 0) == 0) pausedAtBoundary = true;
  }
  std::atomic<bool> pausedAtBoundary{false};
  std::vector<double> losses() {
    std::lock_guard<std::mutex> lock(mutex);
    std::vector<double> result;
    for (const auto& step : steps) result.push_back(step.loss);
    return result;
  }

  std::mutex mutex;
  std::vector<msl::StepReport> steps;
  std::vector<msl::CheckpointReport> checkpoints;
  std::atomic<std::int64_t> stepCount{0};
  std::function<void(const msl::StepReport&)> onStepHook;
};

double mean(const std::vector<double>& values, std::size_t begin, std::size_t end) {
  double sum = 0;
  for (std::size_t i = begin; i < end; ++i) sum += values[i];
  return sum / static_cast<double>(end - begin);
}

}  // namespace

class TestTrainer : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { fixture_ = std::make_unique<TrainingFixture>(); }

  void syntheticCatalogIsLearnable() {
    msl::RunConfig config = fixture_->tinyRun();
    config.training.maxSteps = 150;
    config.training.batchSize = 16;
    Recorder recorder;
    const auto outcome = msl::trainBlocking({config, fixture_->storePath(), {}}, &recorder);
    QVERIFY2(outcome.status == msl::RunStatus::Finished, outcome.message.c_str());
    const auto losses = recorder.losses();
    QCOMPARE(losses.size(), std::size_t(150));
    const double first = mean(losses, 0, 10), last = mean(losses, 140, 150);
    qInfo("MSL loss: first 10 steps %.3f, last 10 steps %.3f", first, last);
    QVERIFY2(last < 0.65 * first, "the loss should fall well below its start");
    // Reports carry what a researcher watches.
    const auto& step = recorder.steps.back();
    QVERIFY(step.gradNorm > 0);
    QVERIFY(step.tokensPerSecond > 0);
    QVERIFY(step.moduleGradNorms.count("layers.0.self_attn.q_proj"));
    QVERIFY(step.moduleGradNorms.count("layers.1"));
    bool measured = false;
    for (const auto& s : recorder.steps) measured |= msl::isMeasured(s.invalidMass);
    QVERIFY(measured);
    // The store has the run, every step and the final checkpoint.
    msl::ExperimentStore store(fixture_->storePath());
    const auto run = store.run(outcome.run);
    QCOMPARE(run.status, msl::RunStatus::Finished);
    QVERIFY(run.dataset.hash.rfind("sha256:", 0) == 0);
    QVERIFY(run.checkpoint.hash.rfind("sha256:", 0) == 0);
    QCOMPARE(store.stepsAfter(outcome.run, 0).size(), std::size_t(150));
    QCOMPARE(store.stepsAfter(outcome.run, 0).back().loss, losses.back());
    // The τ-free loss is stored with the step it was measured on.
    QVERIFY(msl::isMeasured(recorder.steps.back().maskedCrossEntropy));
    QCOMPARE(store.stepsAfter(outcome.run, 0).back().maskedCrossEntropy,
             recorder.steps.back().maskedCrossEntropy);
    QCOMPARE(store.latestGoodCheckpoint(outcome.run)->step, std::int64_t(150));
  }

  void resumedRunReproducesTheUninterruptedRun_data() {
    QTest::addColumn<bool>("lora");
    QTest::newRow("full fine-tuning, MSL") << false;
    QTest::newRow("LoRA with dropout, MSL+ATS") << true;
  }

  void resumedRunReproducesTheUninterruptedRun() {
    QFETCH(bool, lora);
    msl::RunConfig config = fixture_->tinyRun();
    // About four batches per epoch and three epochs, so the run crosses epoch ends.
    const std::size_t samples = fixture_->dataset.split("train").size();
    config.training.batchSize = static_cast<std::int64_t>((samples + 3) / 4);
    config.training.gradientAccumulation = 2;
    config.training.batchSize += config.training.batchSize % 2;
    config.training.maxSteps = 0;
    config.training.epochs = 3;
    config.training.checkpointEvery = 3;
    config.schedule.kind = "linear";
    if (lora) {
      config.lora.enabled = true;
      config.lora.targets = {"q_proj", "v_proj", "down_proj"};
      config.lora.dropout = 0.1;
      config.loss.kind = "msl_ats";
      // The synthetic titles share few first tokens (n = 3): C = ln(n·η) needs n·η > 1.
      config.loss.eta = 1.0;
      config.optimizer.learningRate = 1e-2;
    }
    const auto total = static_cast<std::int64_t>(
        msl::batchesPerEpoch(samples, static_cast<std::size_t>(config.training.batchSize)) * 3);

    Recorder whole;
    const auto uninterrupted = msl::trainBlocking({config, fixture_->storePath(), {}}, &whole);
    QVERIFY2(uninterrupted.status == msl::RunStatus::Finished, uninterrupted.message.c_str());
    QCOMPARE(whole.steps.size(), static_cast<std::size_t>(total));

    // Cancel after step 5 (mid-epoch, between checkpoints): cancel checkpoints step 5.
    const std::int64_t cutAt = 5;
    Recorder first;
    msl::Trainer trainer({config, fixture_->storePath(), {}}, &first);
    first.onStepHook = [&](const msl::StepReport& report) {
      if (report.step == cutAt) trainer.cancel();
    };
    trainer.start();
    const auto cancelled = trainer.wait();
    QCOMPARE(cancelled.status, msl::RunStatus::Cancelled);
    QCOMPARE(cancelled.steps, cutAt);

    Recorder second;
    const auto resumed =
        msl::trainBlocking({config, fixture_->storePath(), cancelled.run}, &second);
    QVERIFY2(resumed.status == msl::RunStatus::Finished, resumed.message.c_str());
    QCOMPARE(resumed.run, cancelled.run);
    QCOMPARE(second.steps.size(), static_cast<std::size_t>(total - cutAt));
    const auto expected = whole.losses();
    auto got = first.losses();
    const auto rest = second.losses();
    got.insert(got.end(), rest.begin(), rest.end());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      QVERIFY2(got[i] == expected[i], qPrintable(QString("step %1: resumed %2, uninterrupted %3")
                                                     .arg(i + 1)
                                                     .arg(got[i], 0, 'g', 17)
                                                     .arg(expected[i], 0, 'g', 17)));
      QCOMPARE(second.steps.empty() ? 0.0 : 1.0, 1.0);
    }
    QCOMPARE(second.steps.back().tau, whole.steps.back().tau);
    // Extending the finished run by one more epoch continues from its final checkpoint.
    config.training.epochs = 4;
    Recorder extension;
    const auto extended =
        msl::trainBlocking({config, fixture_->storePath(), cancelled.run}, &extension);
    QVERIFY2(extended.status == msl::RunStatus::Finished, extended.message.c_str());
    QCOMPARE(extension.steps.front().step, total + 1);
    QCOMPARE(extended.steps, total * 4 / 3);
  }

  void nonFiniteLossStopsAndKeepsTheLastGoodCheckpoint() {
    msl::RunConfig config = fixture_->tinyRun();
    config.training.checkpointEvery = 2;
    msl::TrainerTestHooks hooks;
    hooks.nonFiniteLossAtStep = 4;
    Recorder recorder;
    const auto outcome = msl::trainBlocking({config, fixture_->storePath(), {}}, &recorder, hooks);
    QCOMPARE(outcome.status, msl::RunStatus::Failed);
    QVERIFY2(outcome.message.find("non-finite loss") != std::string::npos, outcome.message.c_str());
    QVERIFY2(outcome.message.find("step 4 (epoch 1, batch 3)") != std::string::npos,
             outcome.message.c_str());
    QVERIFY(outcome.lastCheckpoint.find("checkpoint-2") != std::string::npos);
    QCOMPARE(outcome.steps, std::int64_t(3));
    QVERIFY(std::filesystem::exists(std::filesystem::path(outcome.lastCheckpoint) /
                                    "trainer_state.json"));
    msl::ExperimentStore store(fixture_->storePath());
    const auto run = store.run(outcome.run);
    QCOMPARE(run.status, msl::RunStatus::Failed);
    QVERIFY(run.failureMessage.find("step 4") != std::string::npos);
    QCOMPARE(store.latestGoodCheckpoint(outcome.run)->step, std::int64_t(2));
    QCOMPARE(store.stepsAfter(outcome.run, 0).size(), std::size_t(3));
  }

  void outOfMemoryFailsTheRunWithItsFiguresAndKeepsTheCheckpoint() {
    msl::RunConfig config = fixture_->tinyRun();
    config.training.checkpointEvery = 2;
    msl::TrainerTestHooks hooks;
    hooks.outOfMemoryAtStep = 3;
    Recorder recorder;
    const auto outcome = msl::trainBlocking({config, fixture_->storePath(), {}}, &recorder, hooks);
    QCOMPARE(outcome.status, msl::RunStatus::Failed);
    for (const char* part :
         {"out of memory at step 3", "batch size 8 (micro-batches of 8)", "sequence length",
          "GB in use on cpu", "set training.gradient_accumulation to 2 (micro-batches of 4"})
      QVERIFY2(outcome.message.find(part) != std::string::npos,
               qPrintable(QString("'%1' missing from: %2").arg(part, outcome.message.c_str())));
    QCOMPARE(outcome.steps, std::int64_t(2));
    msl::ExperimentStore store(fixture_->storePath());
    QCOMPARE(store.run(outcome.run).status, msl::RunStatus::Failed);
    QVERIFY(store.run(outcome.run).failureMessage.find("out of memory") != std::string::npos);
    QCOMPARE(store.latestGoodCheckpoint(outcome.run)->step, std::int64_t(2));
  }

  void runFoldersNeverCollide() {
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    msl::RunConfig config = fixture_->tinyRun();
    config.training.maxSteps = 2;
    config.outputDir = (root / "shared-runs").string();
    // Two stores, one output folder: each has its own run 1, in its own folder.
    const std::string storeA = (root / "a.sqlite").string(), storeB = (root / "b.sqlite").string();
    const auto first = msl::trainBlocking({config, storeA, {}}, nullptr);
    const auto second = msl::trainBlocking({config, storeB, {}}, nullptr);
    QVERIFY2(first.status == msl::RunStatus::Finished, first.message.c_str());
    QVERIFY2(second.status == msl::RunStatus::Finished, second.message.c_str());
    QCOMPARE(first.run, second.run);
    const auto folderOf = [](const std::string& checkpoint) {
      return std::filesystem::path(checkpoint).parent_path();
    };
    QVERIFY(folderOf(first.lastCheckpoint) != folderOf(second.lastCheckpoint));
    QCOMPARE(folderOf(first.lastCheckpoint).parent_path(), root / "shared-runs");

    // A relative output_dir is the store's folder's, whatever the working directory.
    const auto cwd = std::filesystem::current_path();
    std::filesystem::current_path(fixture_->root());
    config.outputDir = "relative-runs";
    const auto relative = msl::trainBlocking({config, (root / "c.sqlite").string(), {}}, nullptr);
    std::filesystem::current_path(cwd);
    QVERIFY2(relative.status == msl::RunStatus::Finished, relative.message.c_str());
    QCOMPARE(folderOf(relative.lastCheckpoint).parent_path(), root / "relative-runs");

    // A store made again at the same path hands out run 1 again: its folder holds the old
    // run's files, so the new run fails before writing, naming the folder, and the files stay.
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(storeA + suffix);
    config.outputDir = (root / "shared-runs").string();
    const auto again = msl::trainBlocking({config, storeA, {}}, nullptr);
    QCOMPARE(again.status, msl::RunStatus::Failed);
    QVERIFY2(again.message.find("already holds files of another run") != std::string::npos &&
                 again.message.find(folderOf(first.lastCheckpoint).string()) != std::string::npos,
             again.message.c_str());
    QVERIFY(std::filesystem::exists(std::filesystem::path(first.lastCheckpoint) /
                                    "trainer_state.json"));
  }

  void pauseResumeAndCancelFromAnotherThread() {
    msl::RunConfig config = fixture_->tinyRun();
    config.training.maxSteps = 100000;
    Recorder recorder;
    msl::Trainer trainer({config, fixture_->storePath(), {}}, &recorder);
    trainer.start();
    const auto waitFor = [&](std::int64_t steps) {
      for (int i = 0; i < 3000 && recorder.stepCount < steps; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      return recorder.stepCount >= steps;
    };
    QVERIFY(waitFor(3));
    trainer.pause();
    QVERIFY(trainer.paused());
    // The step in flight ends first; on a loaded machine that can take seconds. Then the
    // training thread parks at the step boundary: no step can follow until resume().
    for (int i = 0; i < 3000 && !trainer.waitingAtPause(); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    QVERIFY(trainer.waitingAtPause());
    QVERIFY(recorder.pausedAtBoundary);
    const auto pausedAt = recorder.stepCount.load();
    QVERIFY(trainer.waitingAtPause());  // still parked: nothing ran since
    QCOMPARE(recorder.stepCount.load(), pausedAt);
    QVERIFY(trainer.running());
    trainer.resume();
    QVERIFY(waitFor(pausedAt + 3));
    trainer.cancel();
    const auto outcome = trainer.wait();
    QCOMPARE(outcome.status, msl::RunStatus::Cancelled);
    QVERIFY(outcome.steps >= pausedAt + 3 && outcome.steps < 100000);
    QVERIFY(std::filesystem::exists(outcome.lastCheckpoint));
    msl::ExperimentStore store(fixture_->storePath());
    QCOMPARE(store.run(outcome.run).status, msl::RunStatus::Cancelled);
    QCOMPARE(store.latestGoodCheckpoint(outcome.run)->step, outcome.steps);
  }

  void lowPriorityTrainsAtAHigherNiceValue() {
    struct NiceRecorder : msl::TrainerObserver {
      std::atomic<int> nice{-100};
      void onStep(const msl::StepReport&) override {
        nice = ::getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)));
      }
    };
    msl::RunConfig config = fixture_->tinyRun();
    config.training.maxSteps = 2;
    const int callerNice = ::getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)));
    for (const bool low : {false, true}) {
      NiceRecorder recorder;
      msl::TrainerOptions options{config, fixture_->storePath(), {}};
      options.lowPriority = low;
      msl::Trainer trainer(options, &recorder);
      trainer.start();
      QCOMPARE(trainer.wait().status, msl::RunStatus::Finished);
      // The kernel caps nice at 19.
      QCOMPARE(recorder.nice.load(), low ? std::min(callerNice + 5, 19) : callerNice);
    }
    // The caller's own priority is untouched.
    QCOMPARE(::getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid))), callerNice);
  }

 private:
  std::unique_ptr<TrainingFixture> fixture_;
};

QTEST_APPLESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
