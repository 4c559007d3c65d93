// "Train the demo runs" on the Runs page: the real `mslw demo` (few steps) in its own process
// fills the workspace store with LML, MSL, MSL+ATS and the four baselines while the bar moves
// through its stages; at the end every run is selected and compared with the popularity
// baseline. Cancelling stops the process and says so.
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "ui/demo_panel.h"
#include "ui/run_table_model.h"
#include "ui/runs_page.h"

using namespace msl::ui;

class TestDemoPanel : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void trainsTheDemoRunsAndComparesThem() {
    QTemporaryDir workspace;
    RunsPage page;
    page.setStorePath(workspace.filePath(QStringLiteral("experiments.sqlite")));
    DemoPanel* demo = page.demoPanel();
    QVERIFY(demo->isHidden());
    demo->setWorkspace(workspace.path());
    QVERIFY(!demo->isHidden());
    demo->setProgram(QStringLiteral(MSLW_BINARY));
    demo->setExtraArguments({QStringLiteral("--steps"), QStringLiteral("4"),
                             QStringLiteral("--eval-limit"), QStringLiteral("8")});
    QSignalSpy finished(demo, &DemoPanel::finished);
    QTest::mouseClick(demo->startButton(), Qt::LeftButton);
    QVERIFY(demo->running());
    QVERIFY(!demo->startButton()->isEnabled());
    QList<int> seen;
    while (finished.isEmpty() && seen.size() < 12000) {
      QTest::qWait(10);
      if (seen.isEmpty() || seen.back() != demo->percent()) seen << demo->percent();
    }
    QCOMPARE(finished.count(), 1);
    QVERIFY2(finished.front().front().toBool(), qPrintable(demo->statusText()));
    QVERIFY2(std::is_sorted(seen.begin(), seen.end()), qPrintable(QString::number(seen.size())));
    QVERIFY2(std::count_if(seen.begin(), seen.end(), [](int p) { return p > 0 && p < 100; }) >= 4,
             qPrintable(QStringLiteral("percentages seen: %1").arg(seen.size())));
    QCOMPARE(demo->percent(), 100);

    QTRY_COMPARE_WITH_TIMEOUT(page.runModel()->rowCount(), 7, 10000);
    QStringList kinds;
    for (int row = 0; row < 7; ++row)
      kinds << page.runModel()->index(row, RunTableModel::KindColumn).data().toString();
    kinds.sort();
    QCOMPARE(kinds,
             (QStringList{"lml", "markov", "msl", "msl_ats", "popularity", "sasrec", "series"}));
    QTRY_COMPARE_WITH_TIMEOUT(page.table()->selectionModel()->selectedRows().size(), 7, 10000);
    QVERIFY2(page.referenceChooser()->currentText().contains(QStringLiteral("popularity")),
             qPrintable(page.referenceChooser()->currentText()));
    QTRY_COMPARE_WITH_TIMEOUT(page.comparisonTable()->rowCount(), 7, 20000);
  }

  void cancelStopsTheDemo() {
    QTemporaryDir workspace;
    DemoPanel demo;
    demo.setWorkspace(workspace.path());
    demo.setProgram(QStringLiteral(MSLW_BINARY));
    QSignalSpy finished(&demo, &DemoPanel::finished);
    demo.start();
    QTRY_VERIFY_WITH_TIMEOUT(demo.percent() > 0, 60000);
    QTest::mouseClick(demo.cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.front().front().toBool(), false);
    QVERIFY(!demo.running());
    QVERIFY2(demo.statusText().contains(QStringLiteral("cancelled")),
             qPrintable(demo.statusText()));
    QVERIFY(demo.startButton()->isEnabled());
  }
};

QTEST_MAIN(TestDemoPanel)
#include "tst_demo_panel.moc"
