// Charts follow the system palette: when the desktop switches between light and dark, Qt sends
// every widget a palette change, and each chart recolours its axes, grid, legend and background
// from the new palette instead of keeping the colours it started with.
#include <qcustomplot.h>
#include <QApplication>
#include <QTest>
#include <QVBoxLayout>

#include "plots/bar_chart.h"
#include "plots/heatmap_chart.h"
#include "plots/live_chart.h"

namespace {

QPalette darkPalette() {
  QPalette dark;
  dark.setColor(QPalette::Window, QColor(30, 30, 34));
  dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
  dark.setColor(QPalette::Base, QColor(20, 20, 24));
  dark.setColor(QPalette::Text, QColor(240, 240, 240));
  dark.setColor(QPalette::Mid, QColor(90, 90, 96));
  return dark;
}

bool themed(const QCustomPlot& plot, const QPalette& palette) {
  const QColor text = palette.color(QPalette::WindowText);
  return plot.xAxis->tickLabelColor() == text && plot.yAxis->labelColor() == text &&
         plot.xAxis->basePen().color() == text &&
         plot.legend->textColor() == palette.color(QPalette::Text) &&
         plot.legend->brush().color() == palette.color(QPalette::Base);
}

}  // namespace

class TestPlotTheme : public QObject {
  Q_OBJECT

 private slots:
  void chartsFollowTheApplicationPalette() {
    const QPalette light = QApplication::palette();
    // Qt passes an application palette change on to the widgets of shown windows.
    QWidget window;
    auto* bars = new msl::plots::BarChart(&window);
    auto* live = new msl::plots::LiveChart(&window);
    auto* heatmap = new msl::plots::HeatmapChart(&window);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(bars);
    layout->addWidget(live);
    layout->addWidget(heatmap);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(themed(*bars->plot(), light));
    QVERIFY(themed(*live->plot(), light));
    QVERIFY(themed(*heatmap->plot(), light));

    const QPalette dark = darkPalette();
    QVERIFY(dark.color(QPalette::WindowText) != light.color(QPalette::WindowText));
    // The change reaches the widgets through the event loop.
    QApplication::setPalette(dark);
    QTRY_VERIFY(themed(*bars->plot(), dark));
    QTRY_VERIFY(themed(*live->plot(), dark));
    QTRY_VERIFY(themed(*heatmap->plot(), dark));

    QApplication::setPalette(light);
    QTRY_VERIFY(themed(*bars->plot(), light));
    QTRY_VERIFY(themed(*live->plot(), light));
    QTRY_VERIFY(themed(*heatmap->plot(), light));
  }
};

QTEST_MAIN(TestPlotTheme)
#include "tst_plot_theme.moc"
