// Mixed precision and host synchronisation on the CPU (LibTorch runs bfloat16 there too): a LoRA
// run on a bf16 base follows the fp32 run's loss curve and adapters, keeps its adapters and
// AdamW state in fp32; full fine-tuning in bf16 computes through autocast over fp32 master
// weights; both reproduce themselves when resumed; a training step reads the device back once,
// whatever the loss and the micro-batches (ATS's τ is updated on the device).
#include <torch/torch.h>

#include <QtTest/QtTest>

#include <cmath>
#include <mutex>

#include "loss_curve_difference.h"
#include "model/checkpoint_tensors.h"
#include "model/host_read.h"
#include "model/tensor_conversion.h"
#include "training/trainer.h"
#include "training_fixture.h"

namespace {

bool logsContain(const std::vector<std::string>& logs, const std::string& text) {
  return std::any_of(logs.begin(), logs.end(),
                     [&](const std::string& line) { return line.find(text) != std::string::npos; });
}

class Recorder : public msl::TrainerObserver {
 public:
  void onStep(const msl::StepReport& report) override {
    std::lock_guard<std::mutex> lock(mutex);
    const std::int64_t reads = msl::hostReadCount();
    if (!steps.empty()) readsPerStep.push_back(reads - lastReads);
    lastReads = reads;
    steps.push_back(report);
  }
  void onCheckpoint(const msl::CheckpointReport& report) override {
    std::lock_guard<std::mutex> lock(mutex);
    checkpoints.push_back(report);
  }
  void onLog(const std::string&, const std::string& text) override {
    std::lock_guard<std::mutex> lock(mutex);
    logs.push_back(text);
  }
  std::mutex mutex;
  std::vector<msl::StepReport> steps;
  std::vector<msl::CheckpointReport> checkpoints;
  std::vector<std::string> logs;
  std::vector<std::int64_t> readsPerStep;
  std::int64_t lastReads = 0;
};

}  // namespace

class TestMixedPrecision : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { fixture_ = std::make_unique<TrainingFixture>(); }

  void bf16BaseLoraFollowsTheFp32RunWithFp32Adapters() {
    msl::RunConfig config = loraRun();
    // Fixed τ, so that a falling loss means learning (ATS's τ·ℓ rises with τ).
    config.loss.kind = "msl";
    config.training.maxSteps = 40;
    Recorder fp32;
    config.training.precision = "fp32";
    const auto full = msl::trainBlocking({config, fixture_->storePath(), {}}, &fp32);
    QVERIFY2(full.status == msl::RunStatus::Finished, full.message.c_str());
    Recorder bf16;
    config.training.precision = "bf16";
    const auto half = msl::trainBlocking({config, fixture_->storePath(), {}}, &bf16);
    QVERIFY2(half.status == msl::RunStatus::Finished, half.message.c_str());
    QVERIFY(logsContain(bf16.logs, "on cpu bfloat16"));

    // The bf16 run learns as the fp32 one does: its curve stays within 1 % of the fp32 curve.
    QCOMPARE(bf16.steps.size(), fp32.steps.size());
    const auto [largest, where] = lossCurveDifference(bf16.steps, fp32.steps);
    qInfo(
        "bf16 base vs fp32: largest relative loss difference %.5f at step %zu (%.5f vs %.5f); "
        "bf16 loss %.4f -> %.4f",
        largest, where + 1, bf16.steps[where].loss, fp32.steps[where].loss, bf16.steps.front().loss,
        bf16.steps.back().loss);
    // bf16 keeps 8 bits of mantissa (0.4 % per value); the curves must agree far better than
    // a run whose adapters stopped training would (its loss would stay at the start's).
    QVERIFY2(largest < 0.01, qPrintable(QString::number(largest)));

    // The adapters trained the same way: B starts at zero, so B is the whole update.
    const auto adapterOf = [](const Recorder& run) {
      return msl::CheckpointTensors(std::filesystem::path(run.checkpoints.back().path) / "adapter" /
                                    "adapter_model.safetensors");
    };
    const msl::CheckpointTensors fp32Adapter = adapterOf(fp32), bf16Adapter = adapterOf(bf16);
    double worst = 0;
    for (const auto& name : fp32Adapter.tensorNames()) {
      const auto a = msl::loadTensor(fp32Adapter, name, torch::kFloat64);
      const auto b = msl::loadTensor(bf16Adapter, name, torch::kFloat64);
      QVERIFY2(a.norm().item<double>() > 0, name.c_str());
      worst = std::max(worst, ((a - b).norm() / a.norm()).item<double>());
    }
    qInfo("adapters, bf16 base vs fp32: largest relative difference %.5f", worst);
    QVERIFY2(worst < 0.05, qPrintable(QString::number(worst)));

    // What is trained, and AdamW's moments, are float32 in the checkpoint.
    QVERIFY(!bf16.checkpoints.empty());
    const std::filesystem::path checkpoint = bf16.checkpoints.back().path;
    for (const auto& file : {checkpoint / "adapter" / "adapter_model.safetensors",
                             checkpoint / "optimizer.safetensors"}) {
      const msl::CheckpointTensors tensors(file);
      QVERIFY(!tensors.tensorNames().empty());
      for (const auto& name : tensors.tensorNames()) {
        const auto dtype = tensors.bytes(name).info->dtype;
        if (dtype == msl::SafetensorsDtype::I64) continue;  // step counters
        QVERIFY2(dtype == msl::SafetensorsDtype::F32,
                 qPrintable(QString::fromStdString(file.string() + ": " + name)));
      }
    }
  }

  void resumedBf16RunReproducesTheUninterruptedOne_data() {
    QTest::addColumn<bool>("lora");
    QTest::newRow("LoRA on a bf16 base") << true;
    QTest::newRow("full fine-tuning, fp32 master weights") << false;
  }

  void resumedBf16RunReproducesTheUninterruptedOne() {
    QFETCH(bool, lora);
    msl::RunConfig config = lora ? loraRun() : fullRun();
    config.training.precision = "bf16";
    config.training.checkpointEvery = 4;
    Recorder whole;
    const auto uninterrupted = msl::trainBlocking({config, fixture_->storePath(), {}}, &whole);
    QVERIFY2(uninterrupted.status == msl::RunStatus::Finished, uninterrupted.message.c_str());

    Recorder first;
    struct Canceller : msl::TrainerObserver {
      Recorder* inner;
      msl::Trainer* trainer;
      void onStep(const msl::StepReport& report) override {
        inner->onStep(report);
        if (report.step == 6) trainer->cancel();
      }
      void onCheckpoint(const msl::CheckpointReport& report) override {
        inner->onCheckpoint(report);
      }
    };
    Canceller canceller;
    canceller.inner = &first;
    msl::Trainer cut({config, fixture_->storePath(), {}}, &canceller);
    canceller.trainer = &cut;
    cut.start();
    const auto stopped = cut.wait();
    QCOMPARE(stopped.status, msl::RunStatus::Cancelled);
    Recorder second;
    const auto resumed = msl::trainBlocking({config, fixture_->storePath(), stopped.run}, &second);
    QVERIFY2(resumed.status == msl::RunStatus::Finished, resumed.message.c_str());
    std::vector<double> got;
    for (const auto& step : first.steps) got.push_back(step.loss);
    for (const auto& step : second.steps) got.push_back(step.loss);
    QCOMPARE(got.size(), whole.steps.size());
    for (std::size_t i = 0; i < got.size(); ++i)
      QVERIFY2(got[i] == whole.steps[i].loss,
               qPrintable(QString("step %1: resumed %2, uninterrupted %3")
                              .arg(i + 1)
                              .arg(got[i], 0, 'g', 17)
                              .arg(whole.steps[i].loss, 0, 'g', 17)));
  }

  void bf16FullFineTuningComputesInBf16OverFp32MasterWeights() {
    msl::RunConfig config = fullRun();
    config.training.maxSteps = 30;
    Recorder fp32;
    config.training.precision = "fp32";
    const auto plain = msl::trainBlocking({config, fixture_->storePath(), {}}, &fp32);
    QVERIFY2(plain.status == msl::RunStatus::Finished, plain.message.c_str());
    Recorder bf16;
    config.training.precision = "bf16";
    const auto mixed = msl::trainBlocking({config, fixture_->storePath(), {}}, &bf16);
    QVERIFY2(mixed.status == msl::RunStatus::Finished, mixed.message.c_str());
    QVERIFY(logsContain(bf16.logs,
                        "on cpu float32 (master weights), computing in bfloat16 (autocast)"));

    QCOMPARE(bf16.steps.size(), fp32.steps.size());
    const auto [largest, where] = lossCurveDifference(bf16.steps, fp32.steps);
    qInfo(
        "full fine-tuning, bf16 autocast vs fp32: largest relative loss difference %.5f at step "
        "%zu (%.5f vs %.5f); loss %.4f -> %.4f",
        largest, where + 1, bf16.steps[where].loss, fp32.steps[where].loss, bf16.steps.front().loss,
        bf16.steps.back().loss);
    // The forward really computed in bf16 (an fp32 forward would give the fp32 losses exactly)
    // and learned as the fp32 run did.
    QVERIFY2(largest > 0, "the bf16 run's losses are the fp32 run's: autocast did not compute");
    QVERIFY2(largest < 0.02, qPrintable(QString::number(largest)));

    // The trained weights are fp32 masters: in the checkpoint they are F32, and most of them
    // carry more than bf16's 8 bits (weights kept in bf16 would all round-trip through it).
    QVERIFY(!bf16.checkpoints.empty());
    const msl::CheckpointTensors weights(std::filesystem::path(bf16.checkpoints.back().path) /
                                         "model.safetensors");
    std::int64_t values = 0, beyondBf16 = 0;
    for (const auto& name : weights.tensorNames()) {
      QVERIFY2(weights.bytes(name).info->dtype == msl::SafetensorsDtype::F32, name.c_str());
      const auto w = msl::loadTensor(weights, name, torch::kFloat32);
      values += w.numel();
      beyondBf16 += w.ne(w.to(torch::kBFloat16).to(torch::kFloat32)).sum().item<std::int64_t>();
    }
    qInfo("%lld of %lld trained weights are not representable in bf16",
          static_cast<long long>(beyondBf16), static_cast<long long>(values));
    QVERIFY(beyondBf16 > values / 2);

    // Activation checkpointing recomputes each layer in backward under the forward's autocast:
    // the gradients, hence every later loss, are the plain bf16 run's to the bit.
    Recorder recomputed;
    config.training.activationCheckpointing = true;
    const auto checkpointed = msl::trainBlocking({config, fixture_->storePath(), {}}, &recomputed);
    QVERIFY2(checkpointed.status == msl::RunStatus::Finished, checkpointed.message.c_str());
    QCOMPARE(recomputed.steps.size(), bf16.steps.size());
    for (std::size_t i = 0; i < bf16.steps.size(); ++i)
      QVERIFY2(recomputed.steps[i].gradNorm == bf16.steps[i].gradNorm &&
                   recomputed.steps[i].loss == bf16.steps[i].loss,
               qPrintable(QString("step %1: gradient norm %2 recomputed vs %3, loss %4 vs %5")
                              .arg(i + 1)
                              .arg(recomputed.steps[i].gradNorm, 0, 'g', 17)
                              .arg(bf16.steps[i].gradNorm, 0, 'g', 17)
                              .arg(recomputed.steps[i].loss, 0, 'g', 17)
                              .arg(bf16.steps[i].loss, 0, 'g', 17)));
  }

  void aStepReadsTheDeviceBackOnce_data() {
    QTest::addColumn<QString>("loss");
    QTest::addColumn<int>("accumulation");
    QTest::addColumn<int>("expectedReads");
    // Loss, invalid mass (every step here) and every gradient norm: one read.
    QTest::newRow("MSL, 2 micro-batches") << "msl" << 2 << 1;
    QTest::newRow("LML, 1 micro-batch") << "lml" << 1 << 1;
    // Each micro-batch's τ weighs its own loss, and is still read with the step's values.
    QTest::newRow("MSL+ATS, 2 micro-batches") << "msl_ats" << 2 << 1;
  }

  void aStepReadsTheDeviceBackOnce() {
    QFETCH(QString, loss);
    QFETCH(int, accumulation);
    QFETCH(int, expectedReads);
    msl::RunConfig config = loraRun();
    config.loss.kind = loss.toStdString();
    config.loss.invalidMassEvery = 1;
    config.training.gradientAccumulation = accumulation;
    config.training.maxSteps = 6;
    Recorder recorder;
    const auto outcome = msl::trainBlocking({config, fixture_->storePath(), {}}, &recorder);
    QVERIFY2(outcome.status == msl::RunStatus::Finished, outcome.message.c_str());
    QCOMPARE(recorder.readsPerStep.size(), std::size_t(5));
    for (std::size_t i = 0; i < recorder.readsPerStep.size(); ++i)
      QVERIFY2(recorder.readsPerStep[i] == expectedReads,
               qPrintable(QString("step %1 read the device %2 times, expected %3")
                              .arg(i + 2)
                              .arg(recorder.readsPerStep[i])
                              .arg(expectedReads)));
    for (const auto& step : recorder.steps) {
      QVERIFY(msl::isMeasured(step.invalidMass));
      QVERIFY(step.gradNorm > 0);
      QVERIFY(!step.moduleGradNorms.empty());
    }
  }

 private:
  msl::RunConfig loraRun() const {
    msl::RunConfig config = fixture_->tinyLoraRun();
    config.training.maxSteps = 24;
    return config;
  }

  msl::RunConfig fullRun() const {
    msl::RunConfig config = fixture_->tinyRun();
    config.training.maxSteps = 24;
    return config;
  }

  std::unique_ptr<TrainingFixture> fixture_;
};

QTEST_GUILESS_MAIN(TestMixedPrecision)
#include "tst_mixed_precision.moc"
