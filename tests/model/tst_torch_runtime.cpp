// The build's LibTorch: the configured wheel's version, CUDA compiled in (the PyPI wheel always
// has it, and the linker must keep libtorch_cuda), and on a machine without a GPU a usable=false
// answer with a reason a person can read. The thread setting is LibTorch's own.
#include <torch/torch.h>

#include <QtTest/QtTest>

#include <cstdlib>

#include "model/compute_devices.h"
#include "model/torch_runtime.h"

class TestTorchRuntime : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void versionIsTheConfiguredWheel() {
    QCOMPARE(msl::describeTorchRuntime().torchVersion, std::string(MSLW_EXPECTED_TORCH_VERSION));
  }

  void cudaIsCompiledIn() {
    const msl::TorchRuntime runtime = msl::describeTorchRuntime();
    if (std::string(MSLW_EXPECTED_CUDA_VERSION).empty()) {
      QSKIP("the configured torch wheel has no CUDA");
    }
    QVERIFY2(runtime.cudaCompiledIn, "libtorch_cuda was dropped by the linker");
    QCOMPARE(runtime.cudaVersion, std::string(MSLW_EXPECTED_CUDA_VERSION));
  }

  void gpuAnswerMatchesLibTorch() {
    const msl::TorchRuntime runtime = msl::describeTorchRuntime();
    QCOMPARE(runtime.gpuCount, static_cast<int>(torch::cuda::device_count()));
    QCOMPARE(runtime.gpuUsable, torch::cuda::is_available());
    if (runtime.gpuUsable) {
      QVERIFY(runtime.gpuUnavailableReason.empty());
      return;
    }
    // No GPU here: the reason names what is missing, and the device chooser's CPU entry says it.
    qInfo("no GPU: %s", runtime.gpuUnavailableReason.c_str());
    QVERIFY(runtime.gpuUnavailableReason.find("NVIDIA") != std::string::npos ||
            runtime.gpuUnavailableReason.find("CUDA") != std::string::npos);
    const auto devices = msl::listComputeDevices();
    QCOMPARE(devices.size(), std::size_t{1});
    QVERIFY2(devices.front().note.find(runtime.gpuUnavailableReason) != std::string::npos,
             devices.front().note.c_str());
    QVERIFY(devices.front().note.find("CUDA " + runtime.cudaVersion + " compiled in") !=
                std::string::npos ||
            !runtime.cudaCompiledIn);
  }

  void threadsAreSetDeliberately() {
    QCOMPARE(msl::configureComputeThreads(2), 2);
    QCOMPARE(at::get_num_threads(), 2);
    QCOMPARE(msl::describeTorchRuntime().threads, 2);
    QCOMPARE(msl::configureComputeThreads(1), 1);
    const char* previous = std::getenv("OMP_NUM_THREADS");
    const std::string saved = previous ? previous : "";
    setenv("OMP_NUM_THREADS", "2", 1);
    QCOMPARE(msl::configureComputeThreads(), 2);
    unsetenv("OMP_NUM_THREADS");
    QCOMPARE(msl::configureComputeThreads(),
             static_cast<int>(std::max(1U, std::thread::hardware_concurrency())));
    if (previous) setenv("OMP_NUM_THREADS", saved.c_str(), 1);
    msl::configureComputeThreads(1);
  }
};

QTEST_GUILESS_MAIN(TestTorchRuntime)
#include "tst_torch_runtime.moc"
