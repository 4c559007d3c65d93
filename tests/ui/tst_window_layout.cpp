// The window's keyboard and layout finish: Ctrl+1..n shows page n, no two menu actions share a
// shortcut, Help > Keyboard shortcuts lists what the menus hold, and splitter sizes and the
// current page come back in the next window (QSettings).
#include <QAction>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include "settings_sandbox.h"
#include "ui/main_window.h"
#include "ui/shortcuts_dialog.h"
#include "ui/window_layout.h"

using namespace msl::ui;

namespace {

QStackedWidget* pagesOf(MainWindow& window) {
  // The page stack is the one the sidebar drives: the splitter's second widget.
  auto* splitter = window.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
  return splitter ? qobject_cast<QStackedWidget*>(splitter->widget(1)) : nullptr;
}

}  // namespace

class TestWindowLayout : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
  void init() { settings_.clear(); }

  void controlDigitShowsEachPage() {
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QStackedWidget* pages = pagesOf(window);
    QVERIFY(pages);
    QCOMPARE(pages->count(), int(MainWindow::PageCount));
    for (int page = MainWindow::PageCount - 1; page >= 0; --page) {
      QTest::keyClick(&window, Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
      QCOMPARE(pages->currentIndex(), page);
    }
  }

  void menuShortcutsAreUnique() {
    MainWindow window;
    QMap<QString, QString> owners;
    QStringList clashes;
    int withShortcut = 0;
    for (const QAction* action : window.findChildren<QAction*>()) {
      for (const QKeySequence& shortcut : action->shortcuts()) {
        const QString key = shortcut.toString();
        ++withShortcut;
        if (owners.contains(key) && owners[key] != action->text())
          clashes << key + QLatin1String(": ") + owners[key] + QLatin1String(" / ") +
                         action->text();
        owners[key] = action->text();
      }
    }
    // Open, demo, checkpoint and tiny model, and one per page at the least.
    QVERIFY2(withShortcut >= 4 + MainWindow::PageCount,
             qPrintable(QStringList(owners.keys()).join(QLatin1Char(' '))));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
  }

  void shortcutListShowsTheMenus() {
    MainWindow window;
    const std::vector<ShortcutRow> rows = menuShortcuts(*window.menuBar());
    int pageRows = 0;
    bool checkpoint = false;
    for (const ShortcutRow& row : rows) {
      QVERIFY(!row.keys.isEmpty());
      QVERIFY2(!row.action.contains(QLatin1Char('&')), qPrintable(row.action));
      if (row.menu == QLatin1String("View") && row.keys.startsWith(QLatin1String("Ctrl+")))
        ++pageRows;
      if (row.action == QLatin1String("Open checkpoint folder")) {
        checkpoint = true;
        QCOMPARE(row.menu, QStringLiteral("File"));
        QCOMPARE(row.keys,
                 QKeySequence(QStringLiteral("Ctrl+Shift+O")).toString(QKeySequence::NativeText));
      }
    }
    QVERIFY(checkpoint);
    QCOMPARE(pageRows, int(MainWindow::PageCount));
    ShortcutsDialog dialog(*window.menuBar());
    QCOMPARE(dialog.table()->rowCount(), int(rows.size()));
    QCOMPARE(dialog.table()->item(0, 1)->text(), rows.front().action);
  }

  void fitsA1366By768Screen() {
    // A laptop's 1366x768 less a panel: the first window fits, and no page scrolls sideways.
    const QSize first = MainWindow::firstWindowSize(QSize(1366, 740));
    QVERIFY(first.width() <= 1366 && first.height() <= 740);
    QVERIFY(first.width() >= 1100);  // most of the screen, not a postage stamp
    MainWindow window;
    window.resize(first);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // A minimum size larger than the screen would have grown the window past it.
    QCOMPARE(window.size(), first);
    for (int page = 0; page < MainWindow::PageCount; ++page) {
      window.showPage(MainWindow::Page(page));
      QApplication::processEvents();
      for (const QScrollArea* area :
           pagesOf(window)->currentWidget()->findChildren<QScrollArea*>()) {
        if (!area->isVisible()) continue;
        QVERIFY2(area->horizontalScrollBar()->maximum() == 0,
                 qPrintable(QStringLiteral("page %1 (%5) scrolls %2 px sideways at %3x%4")
                                .arg(page)
                                .arg(area->horizontalScrollBar()->maximum())
                                .arg(first.width())
                                .arg(first.height())
                                .arg(QString::fromLatin1(
                                    area->parentWidget()->metaObject()->className()))));
      }
    }
  }

  void splitterSizesAndPageComeBack() {
    QList<int> saved;
    {
      MainWindow window;
      window.resize(1000, 700);
      window.show();
      QVERIFY(QTest::qWaitForWindowExposed(&window));
      auto* splitter = window.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
      QVERIFY(splitter);
      splitter->setSizes({123, 800});
      saved = splitter->sizes();
      window.showPage(MainWindow::RunsPageIndex);
      window.close();
    }
    MainWindow again;
    again.resize(1000, 700);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes().front(),
             saved.front());
    QCOMPARE(pagesOf(again)->currentIndex(), int(MainWindow::RunsPageIndex));
  }

  void unnamedSplittersAreNotKept() {
    QWidget root;
    auto* named = new QSplitter(&root);
    named->setObjectName(QStringLiteral("named"));
    named->addWidget(new QWidget);
    named->addWidget(new QWidget);
    auto* unnamed = new QSplitter(&root);
    unnamed->addWidget(new QWidget);
    unnamed->addWidget(new QWidget);
    QSettings settings;
    saveSplitterSizes(root, settings);
    QVERIFY(settings.contains(QStringLiteral("layout/named")));
    QCOMPARE(settings.allKeys().filter(QStringLiteral("layout/")).size(), 1);
  }

 private:
  SettingsSandbox settings_;
};

QTEST_MAIN(TestWindowLayout)
#include "tst_window_layout.moc"
