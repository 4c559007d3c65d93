#include <QTest>
#include <cmath>
#include <limits>

#include "plots/exponential_smoothing.h"

using msl::plots::exponentialMovingAverage;

class TestExponentialSmoothing : public QObject {
  Q_OBJECT

 private slots:
  void handComputed() {
    // s0 = 4; s1 = 0.5*4 + 0.5*2 = 3; s2 = 0.5*3 + 0.5*7 = 5; s3 = 0.5*5 + 0.5*1 = 3.
    const auto smoothed = exponentialMovingAverage({4, 2, 7, 1}, 0.5);
    QCOMPARE(smoothed, (QVector<double>{4, 3, 5, 3}));
  }

  void smoothingZeroIsRaw() {
    const QVector<double> values{1.5, -2, 8};
    QCOMPARE(exponentialMovingAverage(values, 0.0), values);
  }

  void heavySmoothing() {
    // s1 = 0.9*10 + 0.1*0 = 9; s2 = 0.9*9 + 0.1*0 = 8.1.
    const auto smoothed = exponentialMovingAverage({10, 0, 0}, 0.9);
    QCOMPARE(smoothed[1], 9.0);
    QVERIFY(std::abs(smoothed[2] - 8.1) < 1e-12);
  }

  void nanKeepsPreviousAverage() {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const auto smoothed = exponentialMovingAverage({nan, 2, nan, 4}, 0.5);
    QVERIFY(std::isnan(smoothed[0]));
    QCOMPARE(smoothed[1], 2.0);
    QCOMPARE(smoothed[2], 2.0);
    QCOMPARE(smoothed[3], 3.0);
  }
};

QTEST_APPLESS_MAIN(TestExponentialSmoothing)
#include "tst_exponential_smoothing.moc"
