#include <QTest>
#include <cmath>
#include <limits>

#include "plots/min_max_decimation.h"

using msl::plots::decimateMinMax;

class TestMinMaxDecimation : public QObject {
  Q_OBJECT

 private slots:
  void shortSeriesUnchanged() {
    const QVector<double> x{1, 2, 3, 4};
    const QVector<double> y{4, 3, 2, 1};
    const auto result = decimateMinMax(x, y, 2);
    QCOMPARE(result.x, x);
    QCOMPARE(result.y, y);
  }

  void everyBucketKeepsItsExtremes_data() {
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("buckets");
    QTest::newRow("100000 into 500") << 100000 << 500;
    QTest::newRow("uneven 1003 into 7") << 1003 << 7;
    QTest::newRow("101 into 50") << 101 << 50;
  }

  void everyBucketKeepsItsExtremes() {
    QFETCH(int, points);
    QFETCH(int, buckets);
    QVector<double> x(points);
    QVector<double> y(points);
    std::uint64_t state = 12345;
    for (int i = 0; i < points; ++i) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      x[i] = i;
      y[i] = static_cast<double>(state >> 40) / (1 << 24) + (i % 997 == 0 ? 50.0 : 0.0);
    }
    const auto result = decimateMinMax(x, y, buckets);
    QVERIFY(result.x.size() <= 2 * buckets);
    for (int bucket = 0; bucket < buckets; ++bucket) {
      const int begin = static_cast<int>(static_cast<qint64>(points) * bucket / buckets);
      const int end = static_cast<int>(static_cast<qint64>(points) * (bucket + 1) / buckets);
      const auto [minIt, maxIt] = std::minmax_element(y.begin() + begin, y.begin() + end);
      const double minX = x[minIt - y.begin()];
      const double maxX = x[maxIt - y.begin()];
      QVERIFY2(result.x.contains(minX), qPrintable(QStringLiteral("bucket %1 min").arg(bucket)));
      QVERIFY2(result.x.contains(maxX), qPrintable(QStringLiteral("bucket %1 max").arg(bucket)));
    }
    QVERIFY(std::is_sorted(result.x.begin(), result.x.end()));
    QCOMPARE(*std::max_element(result.y.begin(), result.y.end()),
             *std::max_element(y.begin(), y.end()));
    QCOMPARE(*std::min_element(result.y.begin(), result.y.end()),
             *std::min_element(y.begin(), y.end()));
  }

  void nanValuesAreSkipped() {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const QVector<double> x{0, 1, 2, 3, 4, 5, 6, 7};
    const QVector<double> y{nan, 5, 1, nan, nan, nan, 2, 9};
    const auto result = decimateMinMax(x, y, 2);
    QCOMPARE(result.x, (QVector<double>{1, 2, 6, 7}));
    QCOMPARE(result.y, (QVector<double>{5, 1, 2, 9}));
  }
};

QTEST_APPLESS_MAIN(TestMinMaxDecimation)
#include "tst_min_max_decimation.moc"
