#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include "event_loop_gap.h"
#include "ui/item_table_model.h"
#include "ui/main_window.h"
#include "ui/mask_inspector_page.h"
#include "ui/sample_list_model.h"
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
    QSignalSpy shown(&window, &MainWindow::workspaceShown);
    EventLoopGap gap;
    window.createDemoWorkspace(dir.path());
    // Until every page has the snapshot (they take it in turns after the worker delivers it).
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 180000);
    const qint64 longestGap = gap.stop();
    qInfo("longest event-loop gap while building the demo workspace: %lld ms", longestGap);
    QVERIFY2(longestGap < 100, qPrintable(QString::number(longestGap)));

    QCOMPARE(window.workspacePage()->statisticText(QStringLiteral("items")),
             QLocale().toString(600));
    QCOMPARE(window.workspacePage()->statisticText(QStringLiteral("users")),
             QLocale().toString(400));
    QVERIFY(window.workspacePage()
                ->statisticText(QStringLiteral("splits"))
                .contains(QStringLiteral("train")));
    QVERIFY(window.workspacePage()
                ->statisticText(QStringLiteral("drift"))
                .contains(QStringLiteral("samples")));
    QVERIFY(window.workspacePage()->statisticText(QStringLiteral("firstPosition")).toInt() > 1);
    QCOMPARE(window.workspacePage()->itemModel()->rowCount(), 600);
    QVERIFY(window.maskPage()->sampleModel()->rowCount() > 0);
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("tokenizer/tokenizer.json"))));

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

  void aCancelledBuildStopsHalfWay() {
    QTemporaryDir dir;
    WorkspaceLoader loader;
    WorkspaceRequest request;
    request.kind = WorkspaceRequest::Kind::CreateDemo;
    request.demoDir = dir.filePath(QStringLiteral("demo"));
    request.demoItems = 2000;  // a corpus whose tokenizer takes a while to learn
    request.demoUsers = 1500;
    QStringList stages;
    bool cancelled = false;
    connect(
        &loader, &WorkspaceLoader::progressChanged, this, [&](const QString& stage, int percent) {
          stages << stage;
          // Half-way through the longest stage.
          if (!cancelled && stage == QStringLiteral("Training the tokenizer") && percent >= 20) {
            loader.cancel();
            cancelled = true;
          }
        });
    QSignalSpy loaded(&loader, &WorkspaceLoader::workspaceLoaded);
    QSignalSpy failed(&loader, &WorkspaceLoader::workspaceFailed);
    loader.load(request);
    QTRY_VERIFY_WITH_TIMEOUT(cancelled, 120000);
    QVERIFY(!loader.isBusy());
    // The worker stops at its next progress report: the pool is free long before the build
    // could have finished, and nothing after the tokenizer was done or written.
    QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
    QCoreApplication::processEvents();
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("demo/tokenizer/tokenizer.json"))));
    QVERIFY2(!stages.contains(QStringLiteral("Building the title trie and the masks")),
             qPrintable(stages.join(QStringLiteral(", "))));
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
