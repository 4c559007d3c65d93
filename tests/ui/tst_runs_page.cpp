#include <QFile>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include "plots/live_chart.h"
#include "store/experiment_store.h"
#include "ui/run_table_model.h"
#include "ui/runs_page.h"
#include "ui/store_reader.h"
#include "workspace_fixture.h"

using namespace msl::ui;

class TestRunsPage : public QObject {
  Q_OBJECT

 private slots:
  void aSupersededReadDeliversNeitherResultNorError() {
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("experiments.sqlite"));
    msl::ExperimentStore(good.toStdString());
    StoreReader reader;
    QSignalSpy listed(&reader, &StoreReader::runsListed);
    QSignalSpy failed(&reader, &StoreReader::failed);
    // A store that cannot be opened, replaced at once by one that can.
    const QString broken = dir.filePath(QStringLiteral("broken.sqlite"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    reader.setStorePath(broken);
    reader.listRuns();
    reader.setStorePath(good);
    reader.listRuns();
    QVERIFY(listed.wait(10000));
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QCoreApplication::processEvents();
    QCOMPARE(listed.count(), 1);
    QCOMPARE(failed.count(), 0);
    // Alone, the bad store's error does reach the page.
    reader.setStorePath(broken);
    reader.listRuns();
    QVERIFY(failed.wait(10000));
  }

  void baselinesAppearBesideTheRuns() {
    QTemporaryDir dir;
    const WorkspaceSnapshot workspace = buildSmallDemo(dir);
    RunsPage page;
    page.setStorePath(dir.filePath(QStringLiteral("experiments.sqlite")));
    QVERIFY(!page.baselinesButton()->isEnabled());  // no dataset yet
    page.setDataDir(workspace.dataDir);
    QVERIFY(page.baselinesButton()->isEnabled());
    QSignalSpy status(&page, &RunsPage::statusMessage);
    QTest::mouseClick(page.baselinesButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page.runModel()->rowCount(), 3, 120000);
    QStringList kinds;
    for (int row = 0; row < 3; ++row)
      kinds << page.runModel()->index(row, RunTableModel::KindColumn).data().toString();
    kinds.sort();
    QCOMPARE(kinds, (QStringList{QStringLiteral("markov"), QStringLiteral("popularity"),
                                 QStringLiteral("sasrec")}));
    // Their final evaluation fills the NDCG column as an LLM run's does.
    QVERIFY(!page.runModel()->index(0, RunTableModel::LastNdcgColumn).data().toString().isEmpty());
    QTRY_VERIFY(std::any_of(status.begin(), status.end(), [](const QList<QVariant>& arguments) {
      return arguments.front().toString().startsWith(QStringLiteral("Added the baselines"));
    }));
  }

  void listsARunAndOverlaysItsSteps() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("experiments.sqlite"));
    msl::RunId id = 0;
    {
      msl::ExperimentStore store(path.toStdString());
      msl::RunRecord record;
      record.name = "msl-ats-demo";
      record.lossKind = "msl_ats";
      record.configJson = "{}";
      id = store.createRun(record);
      store.startRun(id);
      for (int step = 1; step <= 40; ++step) {
        msl::StepMetrics metrics;
        metrics.run = id;
        metrics.step = step;
        metrics.loss = 4.0 / step;
        metrics.wallTime = 1700000000000 + step * 500;
        store.appendStep(metrics);
      }
      store.endRun(id, msl::RunStatus::Finished);
    }

    RunsPage page;
    page.setStorePath(path);
    QTRY_COMPARE_WITH_TIMEOUT(page.runModel()->rowCount(), 1, 10000);
    QCOMPARE(page.runModel()->index(0, RunTableModel::NameColumn).data().toString(),
             QStringLiteral("msl-ats-demo"));
    QCOMPARE(page.runModel()->index(0, RunTableModel::StatusColumn).data().toString(),
             QStringLiteral("finished"));
    QCOMPARE(page.runModel()->index(0, RunTableModel::LossColumn).data().toDouble(), 0.1);

    page.table()->selectRow(0);
    QTRY_COMPARE_WITH_TIMEOUT(page.lossChart()->series().size(), qsizetype(1), 10000);
    const auto series = page.lossChart()->series().front();
    QCOMPARE(series.values.size(), qsizetype(40));
    QCOMPARE(series.values.front(), 4.0);
    QCOMPARE(series.steps.back(), 40.0);
  }
};

QTEST_MAIN(TestRunsPage)
#include "tst_runs_page.moc"
