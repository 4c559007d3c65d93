// The allocation meter behind `mslw bench loss`'s memory figures: it counts the tensors allocated
// while it listens, their frees, and nothing from before it started.
#include <torch/torch.h>

#include <QtTest/QtTest>

#include "losses/allocation_meter.h"

class TestAllocationMeter : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void countsTensorsAllocatedWhileListening() {
    const at::Tensor before = torch::ones({1 << 20});  // 4 MiB, not counted
    msl::AllocationMeter meter;
    {
      const at::Tensor a = torch::ones({1 << 18});  // 1 MiB
      const at::Tensor b = torch::ones({1 << 19});  // 2 MiB
      QVERIFY(meter.liveBytes() >= 3 << 20);
    }
    const at::Tensor c = torch::ones({1 << 18});  // 1 MiB after 3 MiB were freed
    QVERIFY2(meter.peakBytes() >= 3 << 20 && meter.peakBytes() < (3 << 20) + (64 << 10),
             qPrintable(QString::number(meter.peakBytes())));
    QVERIFY(meter.liveBytes() >= 1 << 20 && meter.liveBytes() < (1 << 20) + (64 << 10));
    QCOMPARE(before.numel(), std::int64_t{1 << 20});
  }

  void seesTheBuffersOfABackwardPass() {
    const at::Tensor x = torch::randn({256, 256}, torch::requires_grad());
    msl::AllocationMeter meter;
    {
      const at::Tensor y = x.matmul(x).sum();  // saves x twice, [256, 256] product
      y.backward();                            // grad of x: [256, 256]
    }
    QVERIFY2(meter.peakBytes() >= 2 * 256 * 256 * 4,
             qPrintable(QString::number(meter.peakBytes())));
    QVERIFY(x.grad().defined());
  }
};

QTEST_APPLESS_MAIN(TestAllocationMeter)
#include "tst_allocation_meter.moc"
