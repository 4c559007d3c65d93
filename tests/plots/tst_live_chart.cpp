#include <qcustomplot.h>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <thread>

#include "plots/heatmap_chart.h"
#include "plots/live_chart.h"

using msl::plots::ChartPoint;
using msl::plots::LiveChart;

class TestLiveChart : public QObject {
  Q_OBJECT

 private slots:
  void csvGolden() {
    LiveChart chart;
    const int loss = chart.addSeries(QStringLiteral("loss"));
    const int other = chart.addSeries(QStringLiteral("run \"b\", msl"));
    chart.setSmoothing(0.5);
    chart.appendPoints(loss, {{1, 100, 4}, {2, 101.5, 2}, {3, 103, 7}});
    chart.appendPoint(other, {1, 200, 0.25});
    const QString expected = QStringLiteral(
        "series,step,wall_time_s,raw,smoothed\n"
        "loss,1,100,4,4\n"
        "loss,2,101.5,2,3\n"
        "loss,3,103,7,5\n"
        "\"run \"\"b\"\", msl\",1,200,0.25,0.25\n");
    QCOMPARE(chart.csv(), expected);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.csv"));
    QVERIFY(chart.exportCsv(path).isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), expected);
  }

  void hundredThousandPointsFromAnotherThread() {
    LiveChart chart;
    chart.resize(900, 400);
    chart.show();
    const int series = chart.addSeries(QStringLiteral("loss"));
    QSignalSpy replots(&chart, &LiveChart::replotted);
    std::thread producer([&] {
      for (int batch = 0; batch < 100; ++batch) {
        QVector<ChartPoint> points;
        for (int i = 0; i < 1000; ++i) {
          const int step = batch * 1000 + i + 1;
          points.append({double(step), 1000.0 + step * 0.01,
                         5.0 / std::sqrt(step) + (step == 73412 ? 40 : 0)});
        }
        chart.appendPoints(series, points);
      }
    });
    producer.join();
    QTRY_COMPARE_WITH_TIMEOUT(chart.series().front().values.size(), qsizetype(100000), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(chart.drawnPointCount(series) > 0, 5000);
    // Coalesced: 100 batches arrived, far fewer replots happened.
    QVERIFY2(replots.count() < 20, qPrintable(QString::number(replots.count())));
    QVERIFY(chart.drawnPointCount(series) < 5000);
    // The spike survives decimation.
    QCPGraph* raw = chart.plot()->graph(0);
    double maxValue = 0;
    for (auto it = raw->data()->constBegin(); it != raw->data()->constEnd(); ++it) {
      maxValue = std::max(maxValue, it->value);
    }
    QVERIFY(maxValue > 40);

    chart.setLogY(true);
    chart.setXAxisKind(msl::plots::XAxisKind::WallTime);
    QTRY_VERIFY(chart.plot()->xAxis->range().upper > 900);
    QCOMPARE(chart.plot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
  }

  void exportsImages() {
    LiveChart chart;
    chart.resize(600, 300);
    const int series = chart.addSeries(QStringLiteral("loss"));
    for (int step = 1; step <= 50; ++step) chart.appendPoint(series, {double(step), 0, 1.0 / step});
    QTemporaryDir dir;
    for (const char* suffix : {"png", "pdf", "svg"}) {
      const QString path = dir.filePath(QStringLiteral("chart.") + QLatin1String(suffix));
      QCOMPARE(chart.exportImage(path), QString());
      QVERIFY2(QFileInfo(path).size() > 500, suffix);
    }
    QFile svg(dir.filePath(QStringLiteral("chart.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("loss"));  // the legend is drawn
    QVERIFY(!chart.exportImage(dir.filePath(QStringLiteral("chart.bmpx"))).isEmpty());
  }

  void heatmapKeepsColumns() {
    msl::plots::HeatmapChart heatmap;
    heatmap.setRows({QStringLiteral("layers.0.q_proj"), QStringLiteral("layers.1.q_proj")});
    heatmap.appendColumn(10, {0.5, 2.0});
    heatmap.appendColumn(20, {0.25, 8.0});
    QCOMPARE(heatmap.columnCount(), 2);
    QCOMPARE(heatmap.value(1, 1), 8.0);
    QVERIFY(std::isnan(heatmap.value(2, 0)));
    QTemporaryDir dir;
    QCOMPARE(heatmap.exportImage(dir.filePath(QStringLiteral("h.png"))), QString());
  }
};

QTEST_MAIN(TestLiveChart)
#include "tst_live_chart.moc"
