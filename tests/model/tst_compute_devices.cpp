// The device list behind the workbench's device chooser: /proc and nvidia-smi text parsed into
// names and memory, and the list of this machine (the CPU always first, GPUs only with CUDA).
#include <torch/torch.h>

#include <QtTest/QtTest>

#include "model/compute_devices.h"
#include "model/memory_estimate.h"

class TestComputeDevices : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void cpuModelNameIsTheFirstProcessor() {
    const std::string cpuinfo =
        "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R) Gold 6338 "
        "CPU @ 2.00GHz  \nprocessor\t: 1\nmodel name\t: Other\n";
    QCOMPARE(msl::cpuModelName(cpuinfo), std::string("Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz"));
    // ARM kernels write no "model name" line.
    QCOMPARE(msl::cpuModelName("processor\t: 0\nBogoMIPS\t: 48.00\n"), std::string());
  }

  void meminfoLinesInBytes() {
    const std::string meminfo =
        "MemTotal:       131891076 kB\nMemFree:         1000 kB\nMemAvailable:   98765432 kB\n";
    QCOMPARE(msl::meminfoBytes(meminfo, "MemTotal").value(), std::int64_t{131891076} * 1024);
    QCOMPARE(msl::meminfoBytes(meminfo, "MemFree").value(), std::int64_t{1000} * 1024);
    QVERIFY(!msl::meminfoBytes(meminfo, "SwapTotal"));
    QVERIFY(!msl::meminfoBytes("MemTotal: 12 MB\n", "MemTotal"));
    // memAvailableFromMeminfo reads the same line.
    QCOMPARE(msl::memAvailableFromMeminfo(meminfo), msl::meminfoBytes(meminfo, "MemAvailable"));
  }

  void nvidiaSmiLinesInIndexOrder() {
    const auto gpus = msl::parseNvidiaSmiMemory(
        "NVIDIA H100 80GB HBM3, 81559, 80800\nNVIDIA A100-SXM4-40GB, 40960, [N/A]\n"
        "Tesla T4, 15360, 15000\n\n");
    QCOMPARE(gpus.size(), std::size_t{2});
    QCOMPARE(gpus[0].name, std::string("NVIDIA H100 80GB HBM3"));
    QCOMPARE(gpus[0].totalBytes, std::int64_t{81559} * 1024 * 1024);
    QCOMPARE(gpus[0].freeBytes, std::int64_t{80800} * 1024 * 1024);
    QCOMPARE(gpus[1].name, std::string("Tesla T4"));
    QVERIFY(msl::parseNvidiaSmiMemory("").empty());
  }

  void thisMachineListsTheCpuFirst() {
    const auto devices = msl::listComputeDevices();
    QVERIFY(!devices.empty());
    QCOMPARE(devices.front().id, std::string("cpu"));
    QVERIFY(!devices.front().name.empty());
    QVERIFY(devices.front().totalBytes > 0);
    QVERIFY(devices.front().freeBytes <= devices.front().totalBytes);
    QCOMPARE(devices.front().bytesPerValue, std::int64_t{4});
    // Every GPU listed is one LibTorch can run on: a CPU build lists none.
    const auto gpus = static_cast<std::size_t>(torch::cuda::device_count());
    QCOMPARE(devices.size(), gpus + 1);
    for (std::size_t index = 1; index < devices.size(); ++index) {
      QCOMPARE(devices[index].id, "cuda:" + std::to_string(index - 1));
      QVERIFY(devices[index].isCuda());
      QCOMPARE(devices[index].dtype, std::string("bfloat16"));
    }
  }
};

QTEST_GUILESS_MAIN(TestComputeDevices)
#include "tst_compute_devices.moc"
