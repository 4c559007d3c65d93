// One device syntax (auto | cpu | cuda | cuda:N) and one precision rule, resolved against the
// GPUs there are: "auto" takes the first GPU when there is one, a missing device is refused
// naming the devices there are, and precision auto means bf16 on CUDA and fp32 on the CPU.
#include <QtTest/QtTest>

#include "common/device_name.h"
#include "common/error.h"
#include "error_of.h"
#include "model/device_choice.h"

class TestDeviceChoice : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void parsesTheWrittenForms() {
    QCOMPARE(msl::parseDeviceName("auto").kind, msl::DeviceName::Kind::Auto);
    QCOMPARE(msl::parseDeviceName("cpu").kind, msl::DeviceName::Kind::Cpu);
    const auto cuda = msl::parseDeviceName("cuda");
    QCOMPARE(cuda.kind, msl::DeviceName::Kind::Cuda);
    QVERIFY(!cuda.index);
    const auto second = msl::parseDeviceName("cuda:1");
    QCOMPARE(second.index, std::optional<int>(1));
    QCOMPARE(second.text(), std::string("cuda:1"));
    for (const char* bad : {"", "gpu", "cuda:", "cuda:x", "cuda1", "CPU", "cuda:-1", "cuda:1 "}) {
      QVERIFY2(!msl::isDeviceName(bad), bad);
      QVERIFY(errorOf([&] {
                msl::parseDeviceName(bad);
              }).contains(QStringLiteral("allowed: auto, cpu, cuda, cuda:N")));
    }
  }

  void resolvesAgainstTheGpusThereAre() {
    auto choice = msl::resolveDevice("auto", "auto", 0);
    QVERIFY(choice.device.is_cpu());
    QCOMPARE(choice.dtype, c10::ScalarType::Float);
    choice = msl::resolveDevice("auto", "auto", 2);
    QCOMPARE(choice.device.str(), std::string("cuda:0"));
    QCOMPARE(choice.dtype, c10::ScalarType::BFloat16);
    choice = msl::resolveDevice("cuda:1", "fp32", 2);
    QCOMPARE(choice.describe(), std::string("cuda:1 float32"));
    choice = msl::resolveDevice("cpu", "bf16", 2);
    QCOMPARE(choice.describe(), std::string("cpu bfloat16"));

    const QString missing = errorOf([] { msl::resolveDevice("cuda:2", "auto", 2); });
    QVERIFY2(missing.contains(QStringLiteral("device cuda:2 is not available: this machine has "
                                             "cpu, cuda:0, cuda:1")),
             qPrintable(missing));
    const QString none = errorOf([] { msl::resolveDevice("cuda", "auto", 0); });
    QVERIFY2(none.contains(QStringLiteral("this machine has cpu")), qPrintable(none));
    QVERIFY(errorOf([] {
              msl::resolveDevice("cpu", "fp16", 0);
            }).contains(QStringLiteral("precision 'fp16' is not one of: auto, fp32, bf16")));
  }
};

QTEST_GUILESS_MAIN(TestDeviceChoice)
#include "tst_device_choice.moc"
