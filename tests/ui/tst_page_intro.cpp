// First-run notes: every page opens under two or three sentences on what it shows; "Got it"
// hides a note for good (the next window too), and Help → Show page introductions brings them
// all back.
#include <QAction>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include "help_action.h"
#include "settings_sandbox.h"
#include "ui/main_window.h"
#include "ui/page_intro.h"

using namespace msl::ui;

namespace {

QStringList visibleIntros(const MainWindow& window) {
  QStringList keys;
  for (const PageIntro* intro : window.findChildren<PageIntro*>())
    if (!intro->isHidden()) keys << intro->objectName();
  keys.sort();
  return keys;
}

}  // namespace

class TestPageIntro : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
  void init() { settings_.clear(); }

  void everyPageOpensUnderItsNote() {
    MainWindow window;
    const QStringList all = visibleIntros(window);
    QCOMPARE(all.size(), int(MainWindow::PageCount));
    for (const PageIntro* intro : window.findChildren<PageIntro*>()) {
      const int sentences = int(intro->text().count(QLatin1Char('.')));
      QVERIFY2(sentences >= 1 && sentences <= 4 && intro->text().size() > 80,
               qPrintable(intro->objectName() + QStringLiteral(": ") + intro->text()));
    }
  }

  void gotItHidesTheNoteForGoodUntilAskedBack() {
    {
      MainWindow window;
      auto* train = window.findChild<PageIntro*>(QStringLiteral("pageIntro_train"));
      QVERIFY(train);
      QVERIFY(train->text().contains(QStringLiteral("objective ÷ τ")));
      QTest::mouseClick(train->dismissButton(), Qt::LeftButton);
      QVERIFY(train->isHidden());
      QCOMPARE(visibleIntros(window).size(), int(MainWindow::PageCount) - 1);
    }
    MainWindow again;
    QVERIFY(!visibleIntros(again).contains(QStringLiteral("pageIntro_train")));
    QAction* showAgain = helpAction(again, QStringLiteral("Show page introductions"));
    QVERIFY(showAgain);
    showAgain->trigger();
    QCOMPARE(visibleIntros(again).size(), int(MainWindow::PageCount));
    MainWindow third;
    QCOMPARE(visibleIntros(third).size(), int(MainWindow::PageCount));
  }

 private:
  SettingsSandbox settings_;
};

QTEST_MAIN(TestPageIntro)
#include "tst_page_intro.moc"
