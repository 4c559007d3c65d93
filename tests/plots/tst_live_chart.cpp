#include <qcustomplot.h>
#include <QElapsedTimer>
#include <QFile>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cmath>

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

  void hundredThousandPointsCoalescedWhileTheyArrive() {
    LiveChart chart;
    chart.resize(900, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const int series = chart.addSeries(QStringLiteral("loss"));
    QSignalSpy replots(&chart, &LiveChart::replotted);
    // 100 batches, each in its own event-loop turn (as queued step reports arrive), so the chart
    // may redraw between any two of them: only the coalescing keeps it from redrawing for each.
    int batch = 0;
    int replotsWhileProducing = 0;
    qint64 elapsedMs = 0;
    QElapsedTimer producing;
    producing.start();
    QTimer producer;
    producer.setInterval(2);
    connect(&producer, &QTimer::timeout, this, [&] {
      QVector<ChartPoint> points;
      for (int i = 0; i < 1000; ++i) {
        const int step = batch * 1000 + i + 1;
        points.append(
            {double(step), 1000.0 + step * 0.01, 5.0 / std::sqrt(step) + (step == 73412 ? 40 : 0)});
      }
      chart.appendPoints(series, points);
      if (++batch == 100) {
        producer.stop();
        replotsWhileProducing = replots.count();
        elapsedMs = producing.elapsed();
      }
    });
    producer.start();
    QTRY_COMPARE_WITH_TIMEOUT(batch, 100, 20000);
    // The event loop ran between the batches: some redraws happened while points streamed in.
    QVERIFY2(replotsWhileProducing >= 1, qPrintable(QString::number(replotsWhileProducing)));
    // Coalesced: at most one redraw per 40 ms of producing (plus the one under way), never one
    // per batch.
    QVERIFY2(replotsWhileProducing <= elapsedMs / 40 + 2 && replotsWhileProducing < 50,
             qPrintable(QStringLiteral("%1 redraws for 100 batches in %2 ms")
                            .arg(replotsWhileProducing)
                            .arg(elapsedMs)));
    QCOMPARE(chart.series().front().values.size(), qsizetype(100000));
    // The last batch is drawn by one more redraw.
    QTRY_VERIFY_WITH_TIMEOUT(replots.count() > replotsWhileProducing, 5000);
    QVERIFY(chart.drawnPointCount(series) > 0);
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

  // Dragging a 100,000-point chart redraws the decimated points, not the 100,000: each frame of
  // the pan stays cheap (QCustomPlot's own replot time is printed), and new points arriving
  // meanwhile do not snap the view back.
  void aHundredThousandPointChartPansOverDecimatedPoints() {
    LiveChart chart;
    chart.resize(1200, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const int series = chart.addSeries(QStringLiteral("loss"));
    QVector<ChartPoint> points;
    for (int step = 1; step <= 100000; ++step)
      points.append({double(step), double(step), 5.0 / std::sqrt(step) + std::sin(step * 0.37)});
    chart.appendPoints(series, points);
    QSignalSpy replots(&chart, &LiveChart::replotted);
    QTRY_VERIFY(replots.count() > 0);
    QVERIFY(chart.drawnPointCount(series) < 5000);

    QCustomPlot* plot = chart.plot();
    // Without it QPainter strokes the crossing min/max pairs as one path: 600 ms per frame here.
    QVERIFY(plot->plottingHints().testFlag(QCP::phFastPolylines));
    const QCPRange before = plot->xAxis->range();
    QPoint at = plot->axisRect()->center();
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, at);
    double longestFrameMs = 0;
    double frameMsSum = 0;
    constexpr int kFrames = 40;
    for (int frame = 0; frame < kFrames; ++frame) {
      at += QPoint(8, 0);
      QMouseEvent move(QEvent::MouseMove, at, plot->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                       Qt::NoModifier);
      QCoreApplication::sendEvent(plot, &move);
      plot->replot(QCustomPlot::rpImmediateRefresh);  // what the queued replot of the drag does
      longestFrameMs = std::max(longestFrameMs, plot->replotTime());
      frameMsSum += plot->replotTime();
      if (frame == kFrames / 2) chart.appendPoint(series, {100001, 100001, 1.0});
      QCoreApplication::processEvents();
    }
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, at);
    qInfo("panning 100,000 points (%d drawn): %.2f ms per frame on average, longest %.2f ms",
          chart.drawnPointCount(series), frameMsSum / kFrames, longestFrameMs);
    const QCPRange after = plot->xAxis->range();
    // Dragged right by 320 px: the view shows earlier steps, by the same span.
    QVERIFY2(after.upper < before.upper - before.size() / 10,
             qPrintable(QStringLiteral("%1 -> %2").arg(before.upper).arg(after.upper)));
    QVERIFY(std::abs(after.size() - before.size()) < before.size() * 1e-6);
    QVERIFY(chart.drawnPointCount(series) < 5000);
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

  // A long run's per-module gradient norms: the colour map holds about one column per pixel,
  // each the largest norm of the steps it covers, so a one-step explosion still shows.
  void aHundredThousandStepHeatmapDrawsOneColumnPerPixel() {
    msl::plots::HeatmapChart heatmap;
    heatmap.resize(1200, 400);
    heatmap.show();
    QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
    QStringList modules;
    for (int module = 0; module < 64; ++module) modules << QStringLiteral("m%1").arg(module);
    heatmap.setRows(modules);
    constexpr int kSteps = 100000;
    constexpr int kSpikeStep = 73412;
    for (int step = 1; step <= kSteps; ++step) {
      std::vector<double> norms(64);
      for (int module = 0; module < 64; ++module)
        norms[module] = 0.5 + 0.01 * ((step + module) % 7);
      if (step == kSpikeStep) norms[17] = 1e4;
      heatmap.appendColumn(step, norms);
    }
    QTemporaryDir dir;
    QElapsedTimer redrawing;
    redrawing.start();
    QCOMPARE(heatmap.exportImage(dir.filePath(QStringLiteral("long.png"))), QString());
    qInfo("100,000 steps x 64 modules: redraw and export in %lld ms, %d columns drawn",
          redrawing.elapsed(), heatmap.drawnColumnCount());
    QCOMPARE(heatmap.columnCount(), kSteps);
    QVERIFY2(heatmap.drawnColumnCount() <= 2 * 1200,
             qPrintable(QString::number(heatmap.drawnColumnCount())));
    QCOMPARE(heatmap.largestDrawnValue(), 4.0);  // log10 of the spike
    QCOMPARE(heatmap.value(kSpikeStep - 1, 17), 1e4);
  }
};

QTEST_MAIN(TestLiveChart)
#include "tst_live_chart.moc"
