// Help > The method: the dialog renders docs/method.md from the program's resources (so the test
// fails when the resource is missing, empty or stale), and the main window's Help menu opens it.
#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

#include "help_action.h"
#include "settings_sandbox.h"
#include "ui/main_window.h"
#include "ui/method_dialog.h"

using namespace msl::ui;

namespace {

// The "## " section titles of the repository's copy of the document.
QStringList sourceHeadings() {
  QFile file(QStringLiteral(MSLW_SOURCE_DIR "/docs/method.md"));
  if (!file.open(QIODevice::ReadOnly)) return {};
  QStringList headings;
  const QRegularExpression heading(QStringLiteral("^##? (.+)$"),
                                   QRegularExpression::MultilineOption);
  for (auto match = heading.globalMatch(QString::fromUtf8(file.readAll())); match.hasNext();)
    headings << match.next().captured(1).trimmed();
  return headings;
}

}  // namespace

class TestMethodDialog : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void resourceIsTheRepositoryDocument() {
    QFile file(QStringLiteral(MSLW_SOURCE_DIR "/docs/method.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(methodMarkdown(), QString::fromUtf8(file.readAll()));
  }

  void showsTheDocumentsSections() {
    MethodDialog dialog;
    QCOMPARE(dialog.windowTitle(), QStringLiteral("The method — MSL Workbench"));
    const QString text = dialog.browser()->toPlainText();
    // The whole document, not a placeholder or its first lines.
    QVERIFY2(text.size() > 2000, qPrintable(QString::number(text.size())));
    QVERIFY(text.contains(QLatin1String("MSL: the Masked Softmax Loss")));
    QVERIFY(text.contains(QLatin1String("ATS: the Adaptive Temperature Strategy")));
    QVERIFY(text.contains(QStringLiteral("n · η > 1")));
    const QStringList headings = sourceHeadings();
    QVERIFY2(headings.size() >= 6, qPrintable(headings.join(QLatin1String(" | "))));
    for (const QString& heading : headings) QVERIFY2(text.contains(heading), qPrintable(heading));
    // Rendered, not shown as source: no heading line keeps its Markdown marks (the prompt
    // template's "### Response:" is a code block and stays).
    QVERIFY(!text.contains(
        QRegularExpression(QStringLiteral("^##? "), QRegularExpression::MultilineOption)));
  }

  void helpMenuOpensOneDialog() {
    MainWindow window;
    QAction* action = helpAction(window, QStringLiteral("The method"));
    QVERIFY(action);
    action->trigger();
    auto* dialog = window.findChild<MethodDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    action->trigger();
    QCOMPARE(window.findChildren<MethodDialog*>().size(), 1);
    dialog->reject();
    QTRY_VERIFY(!window.findChild<MethodDialog*>());  // deleted on close
  }

 private:
  SettingsSandbox settings_;
};

QTEST_MAIN(TestMethodDialog)
#include "tst_method_dialog.moc"
