// The window follows a light/dark switch of the desktop: the mask inspector's token chips, HTML
// with the palette's colours written into it, are redrawn in the new palette, and the charts of
// the pages recolour (plots/plot_theme.h).
#include <qcustomplot.h>
#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "plots/bar_chart.h"
#include "settings_sandbox.h"
#include "ui/main_window.h"
#include "ui/mask_inspector_page.h"
#include "ui/workspace_page.h"
#include "workspace_fixture.h"

using namespace msl::ui;

class TestPaletteChange : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void chipsAndChartsTakeTheNewPalette() {
    QTemporaryDir dir;
    const WorkspaceSnapshot snapshot = buildSmallDemo(dir);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.maskPage()->showSnapshot(snapshot);
    window.workspacePage()->showSnapshot(snapshot);
    const QPalette light = QApplication::palette();
    const QString lightChip = light.color(QPalette::AlternateBase).name();
    QVERIFY2(window.maskPage()->chipsText().contains(lightChip),
             qPrintable(window.maskPage()->chipsText()));

    QPalette dark = light;
    dark.setColor(QPalette::AlternateBase, QColor(40, 44, 52));
    dark.setColor(QPalette::Mid, QColor(90, 90, 96));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    QApplication::setPalette(dark);
    QTRY_VERIFY2(window.maskPage()->chipsText().contains(QStringLiteral("#282c34")),
                 qPrintable(window.maskPage()->chipsText()));
    QVERIFY(!window.maskPage()->chipsText().contains(lightChip));
    QCustomPlot* lengths = window.workspacePage()->titleLengthChart()->plot();
    QTRY_COMPARE(lengths->xAxis->tickLabelColor(), QColor(230, 230, 230));
    QApplication::setPalette(light);
    QTRY_VERIFY(window.maskPage()->chipsText().contains(lightChip));
  }

 private:
  SettingsSandbox settings_;
};

QTEST_MAIN(TestPaletteChange)
#include "tst_palette_change.moc"
