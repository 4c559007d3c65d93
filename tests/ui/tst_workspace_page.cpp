#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include "common/error.h"
#include "event_loop_gap.h"
#include "store/experiment_store.h"
#include "ui/item_table_model.h"
#include "ui/main_window.h"
#include "ui/mask_inspector_page.h"
#include "ui/model_source_picker.h"
#include "ui/recommendation_column.h"
#include "ui/recommendations_page.h"
#include "ui/run_table_model.h"
#include "ui/runs_page.h"
#include "ui/sample_list_model.h"
#include "ui/train_page.h"
#include "ui/workspace_builder.h"
#include "ui/workspace_loader.h"
#include "ui/workspace_page.h"

using namespace msl::ui;

class TestWorkspacePage : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void demoWorkspaceAppearsWithoutStallingTheWindow() {
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    // The window's first polish, layout and paint (every page's) are not the worker's doing.
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(200);
    // While the worker synthesizes the catalog and trains the tokenizer.
    // A run `mslw demo` recorded in the demo workspace's store, before the window opens it.
    const QString demoStore = dir.filePath(QStringLiteral("experiments.sqlite"));
    {
      msl::ExperimentStore store(demoStore.toStdString());
      msl::RunRecord run;
      run.name = "recorded by mslw demo";
      run.lossKind = "msl_ats";
      store.createRun(run);
    }
    QSignalSpy shown(&window, &MainWindow::workspaceShown);
    EventLoopGap gap;
    window.createDemoWorkspace(dir.path());
    // Until every page has the snapshot (they take it in turns after the worker delivers it).
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 180000);
    const qint64 longestGap = gap.stop();
    qInfo("longest event-loop gap while building the demo workspace: %lld ms", longestGap);
    // The goal is < 100 ms (printed above, 20 ms measured alone); a shared two-core machine adds
    // noise, so the test fails only where a real regression (work on the GUI thread) lies.
    QVERIFY2(longestGap < 250, qPrintable(QString::number(longestGap)));

    QCOMPARE(window.workspacePage()->statisticText(QStringLiteral("items")),
             QLocale().toString(600));
    QCOMPARE(window.workspacePage()->statisticText(QStringLiteral("users")),
             QLocale().toString(400));
    QVERIFY(window.workspacePage()
                ->statisticText(QStringLiteral("splits"))
                .contains(QStringLiteral("train")));
    QVERIFY2(window.workspacePage()
                 ->statisticText(QStringLiteral("splits"))
                 .contains(QRegularExpression(QStringLiteral("test: [0-9,.]+ \\(\\d+ % of targets "
                                                             "seen in train\\)"))),
             qPrintable(window.workspacePage()->statisticText(QStringLiteral("splits"))));
    QVERIFY(window.workspacePage()
                ->statisticText(QStringLiteral("drift"))
                .contains(QStringLiteral("samples")));
    QVERIFY(window.workspacePage()->statisticText(QStringLiteral("firstPosition")).toInt() > 1);
    QCOMPARE(window.workspacePage()->itemModel()->rowCount(), 600);
    // Headers are not cut: each column but the stretched title is at least its header's width.
    const QTableView* items = window.workspacePage()->itemTable();
    for (int column = 0; column < ItemTableModel::ColumnCount; ++column)
      if (column != ItemTableModel::TitleColumn)
        QVERIFY2(items->columnWidth(column) >= items->horizontalHeader()->sectionSizeHint(column),
                 qPrintable(QStringLiteral("column %1: %2 px, header needs %3")
                                .arg(column)
                                .arg(items->columnWidth(column))
                                .arg(items->horizontalHeader()->sectionSizeHint(column))));
    QVERIFY(window.maskPage()->sampleModel()->rowCount() > 0);
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("tokenizer/tokenizer.json"))));
    // One store per workspace: the window shows the demo's, and says which it is.
    QCOMPARE(window.storePath(), demoStore);
    QVERIFY(window.windowTitle().contains(QDir::toNativeSeparators(demoStore)));
    QTRY_COMPARE_WITH_TIMEOUT(window.runsPage()->runModel()->rowCount(), 1, 10000);
    QCOMPARE(window.runsPage()->runModel()->index(0, RunTableModel::NameColumn).data().toString(),
             QStringLiteral("recorded by mslw demo"));
    // A run that ends with a checkpoint is what the inspector and Model A open next.
    Q_EMIT window.trainPage()->runCheckpointed(1);
    for (const ModelSourcePicker* picker :
         {window.maskPage()->modelPicker(), window.recommendationsPage()->column(0)->picker()}) {
      QCOMPARE(picker->source().run, msl::RunId(1));
      QCOMPARE(QString::fromStdString(picker->source().store), demoStore);
      QVERIFY(picker->source().fromStore());
    }

    // The search box filters the item table.
    const QString title = window.workspacePage()
                              ->itemModel()
                              ->index(0, ItemTableModel::TitleColumn)
                              .data()
                              .toString();
    window.workspacePage()->itemProxy()->setFilterFixedString(title);
    QVERIFY(window.workspacePage()->itemProxy()->rowCount() >= 1);
    QVERIFY(window.workspacePage()->itemProxy()->rowCount() < 600);
  }

  void pagesFollowTheRunAndModelBItsCounterpart() {
    // A store with an LML run, a popularity baseline and an MSL+ATS run of one dataset.
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("experiments.sqlite"));
    {
      msl::ExperimentStore store(storePath.toStdString());
      for (const char* kind : {"lml", "popularity", "msl_ats"}) {
        msl::RunRecord run;
        run.name = std::string(kind) + " run";
        run.lossKind = kind;
        run.dataset = {"/data/books", "books-hash"};
        const msl::RunId id = store.createRun(run);
        store.startRun(id);
        store.endRun(id, msl::RunStatus::Finished);
      }
    }
    MainWindow window;
    window.setStorePath(storePath);
    window.show();
    auto sourceOf = [&](int side) {
      return window.recommendationsPage()->column(side)->picker()->source();
    };

    // The MSL+ATS run just trained: the inspector and Model A open it, Model B its LML run.
    Q_EMIT window.trainPage()->runCheckpointed(3);
    QCOMPARE(window.maskPage()->modelPicker()->source().run, msl::RunId(3));
    QCOMPARE(sourceOf(0).run, msl::RunId(3));
    QTRY_COMPARE_WITH_TIMEOUT(sourceOf(1).run, msl::RunId(1), 10000);
    QVERIFY(sourceOf(1).fromStore());
    QCOMPARE(QString::fromStdString(sourceOf(1).store), storePath);
    QVERIFY(!sourceOf(1).step);  // its latest checkpoint

    // Selecting the LML run on the Runs page: Model A is the LML run, Model B the MSL+ATS run.
    RunsPage* runs = window.runsPage();
    QTRY_COMPARE_WITH_TIMEOUT(runs->runModel()->rowCount(), 3, 10000);
    auto selectRunNamed = [&](const QString& name) {
      const QAbstractItemModel* shown = runs->table()->model();
      for (int row = 0; row < shown->rowCount(); ++row)
        if (shown->index(row, RunTableModel::NameColumn).data().toString() == name) {
          runs->table()->selectRow(row);
          return true;
        }
      return false;
    };
    // (The page selects its top run itself when it fills; that moves no page.)
    QCOMPARE(sourceOf(0).run, msl::RunId(3));
    QVERIFY(selectRunNamed(QStringLiteral("popularity run")));
    QVERIFY(selectRunNamed(QStringLiteral("lml run")));
    QCOMPARE(window.maskPage()->modelPicker()->source().run, msl::RunId(1));
    QCOMPARE(sourceOf(0).run, msl::RunId(1));
    QTRY_COMPARE_WITH_TIMEOUT(sourceOf(1).run, msl::RunId(3), 10000);
    // A baseline holds no model to load: the pages stay where they are.
    QVERIFY(selectRunNamed(QStringLiteral("popularity run")));
    QTest::qWait(50);
    QCOMPARE(sourceOf(0).run, msl::RunId(1));
  }

  void aCancelledBuildStopsHalfWay() {
    // The builder itself: a progress report answered with false half-way through the tokenizer
    // stops it there, with msl::Cancelled, before the tokenizer is written.
    QTemporaryDir dir;
    WorkspaceRequest request;
    request.kind = WorkspaceRequest::Kind::CreateDemo;
    request.demoDir = dir.filePath(QStringLiteral("direct"));
    QStringList stages;
    int tokenizerReports = 0;
    bool cancelled = false;
    try {
      buildWorkspace(request, [&](const QString& stage, int percent) {
        stages << stage;
        if (stage == QStringLiteral("Training the tokenizer") && percent > 10) ++tokenizerReports;
        return percent < 30;
      });
    } catch (const msl::Cancelled&) {
      cancelled = true;
    }
    QVERIFY(cancelled);
    QVERIFY(tokenizerReports > 0);  // it was inside the merges, not before them
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("direct/data/id2name4Rec.json"))));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("direct/tokenizer/tokenizer.json"))));
    QVERIFY2(!stages.contains(QStringLiteral("Building the title trie and the masks")),
             qPrintable(stages.join(QStringLiteral(", "))));

    // The loader: a build superseded at once stops at its next report, and only the newer one
    // is delivered.
    WorkspaceLoader loader;
    QSignalSpy loaded(&loader, &WorkspaceLoader::workspaceLoaded);
    QSignalSpy failed(&loader, &WorkspaceLoader::workspaceFailed);
    WorkspaceRequest first = request;
    first.demoDir = dir.filePath(QStringLiteral("superseded"));
    WorkspaceRequest second = request;
    second.demoDir = dir.filePath(QStringLiteral("wanted"));
    second.demoItems = 150;
    second.demoUsers = 80;
    loader.load(first);
    loader.load(second);
    QVERIFY(loaded.wait(120000));
    QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
    QCoreApplication::processEvents();
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(loaded.front().front().value<WorkspaceSnapshot>().dataDir,
             dir.filePath(QStringLiteral("wanted/data")));
    QVERIFY(
        !QFileInfo::exists(dir.filePath(QStringLiteral("superseded/tokenizer/tokenizer.json"))));
  }

  void missingFolderShowsReadableError() {
    MainWindow window;
    window.openDataset(QStringLiteral("/nonexistent/msl-dataset"));
    auto* error = window.workspacePage()->findChild<QLabel*>(QStringLiteral("errorMessage"));
    QVERIFY(error);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(&window), 10000);
    QVERIFY2(error->text().contains(QStringLiteral("/nonexistent/msl-dataset")),
             qPrintable(error->text()));
  }
};

QTEST_MAIN(TestWorkspacePage)
#include "tst_workspace_page.moc"
