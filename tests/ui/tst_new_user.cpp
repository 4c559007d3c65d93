// The first ten minutes as a new user has them, offscreen and without typing a path: create the
// demo workspace, record a baseline from the CLI (`mslw baseline --record` on the workspace's
// data), start the Train page's Quick CPU preset as it comes and wait for it to finish; then the
// inspector and Model A hold the finished run, Model B its counterpart, both load, and the Runs
// page lists the CLI's run beside the GUI's.
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "settings_sandbox.h"
#include "ui/main_window.h"
#include "ui/mask_inspector_page.h"
#include "ui/model_source_picker.h"
#include "ui/recommendation_column.h"
#include "ui/recommendation_list_model.h"
#include "ui/recommendations_page.h"
#include "ui/recommender_loader.h"
#include "ui/run_config_form.h"
#include "ui/run_table_model.h"
#include "ui/runs_page.h"
#include "ui/train_page.h"
#include "ui/training_controller.h"

using namespace msl::ui;

class TestNewUser : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void demoToResultsWithoutTypingAPath() {
    qunsetenv("MSLW_STORE");
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::workspaceShown);
    window.createDemoWorkspace(dir.path());
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 180000);
    const QString store = window.storePath();
    QVERIFY2(store.startsWith(dir.path()), qPrintable(store));

    // The CLI on the workspace's data records in the window's store, with no --store given.
    QProcess baseline;
    baseline.start(MSLW_BINARY, {QStringLiteral("baseline"), QStringLiteral("popularity"),
                                 QStringLiteral("--data"), dir.filePath(QStringLiteral("data")),
                                 QStringLiteral("--split"), QStringLiteral("valid"),
                                 QStringLiteral("--record")});
    QVERIFY(baseline.waitForFinished(120000));
    QVERIFY2(baseline.exitCode() == 0, baseline.readAllStandardError().constData());

    // The Train page as it opens: the Quick CPU preset, Start.
    TrainPage* train = window.trainPage();
    window.showPage(MainWindow::TrainPageIndex);
    QVERIFY2(train->form()->isValid(), qPrintable(train->form()->errorText()));
    QVERIFY2(train->startButton()->isEnabled(), qPrintable(train->errorText()));
    QTest::mouseClick(train->startButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(train->currentRun().has_value(), 30000);
    const msl::RunId run = *train->currentRun();
    QTRY_COMPARE_WITH_TIMEOUT(train->controller()->state(), TrainingController::State::Idle,
                              540000);
    QVERIFY2(train->statusText().contains(QStringLiteral("finished")),
             qPrintable(train->statusText() + QLatin1Char('\n') + train->errorText()));

    // The Runs page lists both: the GUI's run and the CLI's baseline.
    RunsPage* runs = window.runsPage();
    runs->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(runs->runModel()->rowCount(), 2, 10000);
    QStringList kinds;
    for (int row = 0; row < 2; ++row)
      kinds << runs->runModel()->index(row, RunTableModel::KindColumn).data().toString();
    QVERIFY2(kinds.contains(QStringLiteral("popularity")), qPrintable(kinds.join(u',')));

    // The inspector and Model A hold the finished run, and it loads from there.
    ModelSourcePicker* inspector = window.maskPage()->modelPicker();
    QCOMPARE(inspector->source().run, run);
    QCOMPARE(QString::fromStdString(inspector->source().store), store);
    QSignalSpy inspectorLoaded(window.maskPage()->modelLoader(), &RecommenderLoader::loaded);
    QTest::mouseClick(inspector->loadButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(inspectorLoaded.count(), 1, 60000);

    RecommendationColumn* modelA = window.recommendationsPage()->column(0);
    QCOMPARE(modelA->picker()->source().run, run);
    QSignalSpy outcome(modelA, &RecommendationColumn::outcomeShown);
    window.showPage(MainWindow::RecommendationsPageIndex);
    QTest::mouseClick(modelA->picker()->loadButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.count() > 0, 120000);
    QVERIFY(modelA->listModel()->rowCount() > 0);
  }

 private:
  SettingsSandbox settings_;
};

QTEST_MAIN(TestNewUser)
#include "tst_new_user.moc"
