// Training on CUDA (label gpu; scripts/gpu-check.sh runs it where a GPU is lent, and it skips
// without one): a 50-step LoRA MSL+ATS run on a bf16 base trains fp32 adapters and its loss
// falls; full fine-tuning under precision auto computes in bf16 over fp32 weights and follows the
// CPU's fp32 losses; the same fp32 run on the CPU and on CUDA follow the same losses; the step
// reports carry the CUDA caching allocator's memory.
#include <QtTest/QtTest>

#include <cmath>
#include <mutex>

#include "loss_curve_difference.h"
#include "model/checkpoint_tensors.h"
#include "model/torch_runtime.h"
#include "training/trainer.h"
#include "training_fixture.h"

namespace {

class Recorder : public msl::TrainerObserver {
 public:
  void onStep(const msl::StepReport& report) override {
    std::lock_guard<std::mutex> lock(mutex);
    steps.push_back(report);
  }
  void onCheckpoint(const msl::CheckpointReport& report) override {
    std::lock_guard<std::mutex> lock(mutex);
    checkpoints.push_back(report);
  }
  std::mutex mutex;
  std::vector<msl::StepReport> steps;
  std::vector<msl::CheckpointReport> checkpoints;
};

}  // namespace

class TestCudaTraining : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    const msl::TorchRuntime runtime = msl::describeTorchRuntime();
    if (!runtime.gpuUsable)
      QSKIP(qPrintable(QString::fromStdString("no usable GPU: " + runtime.gpuUnavailableReason)));
    fixture_ = std::make_unique<TrainingFixture>();
  }

  void loraMslAtsOnABf16BaseTrains() {
    msl::RunConfig config = loraRun();
    config.training.device = "cuda";
    config.training.maxSteps = 50;
    Recorder recorder;
    const auto outcome = msl::trainBlocking({config, fixture_->storePath(), {}}, &recorder);
    QVERIFY2(outcome.status == msl::RunStatus::Finished, outcome.message.c_str());
    QCOMPARE(recorder.steps.size(), std::size_t(50));
    const double first = recorder.steps.front().loss, last = recorder.steps.back().loss;
    qInfo("CUDA bf16 LoRA MSL+ATS: loss %.4f -> %.4f, tau %.3f, allocated %.1f MB, peak %.1f MB",
          first, last, recorder.steps.back().tau,
          double(recorder.steps.back().memoryAllocatedBytes) / 1e6,
          double(recorder.steps.back().memoryPeakBytes) / 1e6);
    QVERIFY(last < 0.8 * first);
    QVERIFY(recorder.steps.back().memoryAllocatedBytes > 0);
    QVERIFY(recorder.steps.back().memoryPeakBytes >= recorder.steps.back().memoryAllocatedBytes);
    const msl::CheckpointTensors adapter(std::filesystem::path(recorder.checkpoints.back().path) /
                                         "adapter" / "adapter_model.safetensors");
    for (const auto& name : adapter.tensorNames())
      QVERIFY2(adapter.bytes(name).info->dtype == msl::SafetensorsDtype::F32, name.c_str());
  }

  void fullFineTuningUnderAutoComputesInBf16OverFp32Weights() {
    msl::RunConfig config = fixture_->tinyRun();
    config.training.device = "cuda";
    config.training.maxSteps = 20;
    Recorder cpu, cuda;
    QVERIFY(msl::trainBlocking({config, fixture_->storePath(), {}}, &cuda).status ==
            msl::RunStatus::Finished);
    config.training.device = "cpu";
    config.training.precision = "fp32";
    QVERIFY(msl::trainBlocking({config, fixture_->storePath(), {}}, &cpu).status ==
            msl::RunStatus::Finished);
    const double largest = lossCurveDifference(cuda.steps, cpu.steps).largest;
    qInfo("full fine-tuning, CUDA bf16 autocast vs CPU fp32: largest relative loss difference %.3g",
          largest);
    QVERIFY2(largest > 0 && largest < 0.02, qPrintable(QString::number(largest)));
    const msl::CheckpointTensors weights(std::filesystem::path(cuda.checkpoints.back().path) /
                                         "model.safetensors");
    for (const auto& name : weights.tensorNames())
      QVERIFY2(weights.bytes(name).info->dtype == msl::SafetensorsDtype::F32, name.c_str());
  }

  void fp32RunsAgreeOnCpuAndCuda() {
    msl::RunConfig config = loraRun();
    config.training.precision = "fp32";
    config.training.maxSteps = 10;
    config.lora.dropout = 0;  // the CPU and CUDA generators draw different masks
    Recorder cpu, cuda;
    config.training.device = "cpu";
    QVERIFY(msl::trainBlocking({config, fixture_->storePath(), {}}, &cpu).status ==
            msl::RunStatus::Finished);
    config.training.device = "cuda";
    QVERIFY(msl::trainBlocking({config, fixture_->storePath(), {}}, &cuda).status ==
            msl::RunStatus::Finished);
    const double largest = lossCurveDifference(cuda.steps, cpu.steps).largest;
    qInfo("fp32 CPU vs CUDA: largest relative loss difference over 10 steps %.3g", largest);
    QVERIFY2(largest < 1e-3, qPrintable(QString::number(largest)));
  }

 private:
  msl::RunConfig loraRun() const {
    msl::RunConfig config = fixture_->tinyLoraRun();
    config.training.checkpointEvery = 25;
    return config;
  }

  std::unique_ptr<TrainingFixture> fixture_;
};

QTEST_GUILESS_MAIN(TestCudaTraining)
#include "tst_cuda_training.moc"
