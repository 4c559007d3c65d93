// Catalog text written by strangers: HTML, bidi overrides, zero-width characters, a
// 10,000-character title, a NUL byte and invalid UTF-8 are shown as written in tooltips, labels
// and table cells, never interpreted as markup; a long title does not set a column's width; and
// a spreadsheet never runs a name exported to CSV as a formula.
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTextLayout>

#include "plots/chart_csv.h"
#include "ui/branching_node_model.h"
#include "ui/plain_text.h"
#include "ui/run_table_model.h"

using namespace msl::ui;

namespace {

QStringList hostileTexts() {
  return {QStringLiteral("<b>bold</b><img src=x onerror=alert(1)> & <a href=\"x\">link</a>"),
          QString::fromUtf8("\u202Eevil.exe\u202C title"),
          QString::fromUtf8("zero\u200Bwidth\u200Djoiner"),
          QString(10000, QLatin1Char('x')),
          QString::fromStdString(std::string("nul\0byte", 8)),
          QString::fromStdString("bad \xff\xfe utf-8")};
}

// What a user reads in a tooltip: Qt renders it as rich text when it looks like markup.
// Where each character of one line of `text` is drawn: the x of its cursor position.
std::vector<qreal> cursorXs(const QString& text) {
  QTextLayout layout(text, QFont());
  layout.beginLayout();
  QTextLine line = layout.createLine();
  layout.endLayout();
  std::vector<qreal> xs;
  for (int i = 0; i < text.size(); ++i) xs.push_back(line.cursorToX(i));
  return xs;
}

QString renderedToolTip(const QString& tip) {
  if (!Qt::mightBeRichText(tip)) return tip;
  QTextDocument document;
  document.setHtml(tip);
  return document.toPlainText();
}

}  // namespace

class TestHostileText : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void toolTipsShowTheTextAsWritten() {
    for (const QString& text : hostileTexts()) {
      const QString shown = renderedToolTip(plainToolTip(text));
      // NUL is the one character a rich-text document drops; everything else stays.
      QString expected = shortenedForDisplay(text, 2000);
      expected.remove(QChar(0));
      QString got = shown;
      got.remove(QChar(0));
      QVERIFY2(got == expected,
               qPrintable(text.left(40) + QStringLiteral(" -> ") + shown.left(80)));
    }
  }

  void runAndTrieTablesKeepTitlesLiteral() {
    RunTableModel runs;
    std::vector<msl::RunSummary> summaries;
    for (const QString& text : hostileTexts()) {
      msl::RunSummary summary;
      summary.run.name = text.toStdString();
      summary.run.failureMessage = "failed on " + text.toStdString();
      summaries.push_back(summary);
    }
    runs.setRuns(summaries);
    for (int row = 0; row < runs.rowCount(); ++row) {
      const QString text = hostileTexts()[row];
      QCOMPARE(runs.index(row, RunTableModel::NameColumn).data().toString(), text);
      const QString tip =
          runs.index(row, RunTableModel::StatusColumn).data(Qt::ToolTipRole).toString();
      QString shown = renderedToolTip(tip);
      QString expected = shortenedForDisplay(QStringLiteral("failed on ") + text, 2000);
      shown.remove(QChar(0));
      expected.remove(QChar(0));
      QCOMPARE(shown, expected);
    }

    BranchingNodeModel nodes;
    BranchingNode node;
    node.exampleTitles = hostileTexts().mid(0, 3);
    nodes.setNodes({node});
    const QString tip =
        nodes.index(0, BranchingNodeModel::ExamplesColumn).data(Qt::ToolTipRole).toString();
    QCOMPARE(renderedToolTip(tip), hostileTexts().mid(0, 3).join(QLatin1Char('\n')));
  }

  void anOverrideInsideANameReordersTheNameAlone() {
    // A name with a right-to-left override it never closes, set into "%1 (run 3)".
    const QString name = QString::fromUtf8("\u202Eabc");
    auto parenthesisIsRightOfTheName = [&](const QString& shown) {
      const std::vector<qreal> xs = cursorXs(shown);
      const int parenthesis = shown.indexOf(QLatin1Char('('));
      const int first = shown.indexOf(QLatin1Char('a'));
      for (int i = first; i < first + 3; ++i)
        if (xs[parenthesis] <= xs[i]) return false;
      return true;
    };
    // Written raw, the override runs on and draws ")3 nur( cba": the layout really applies it.
    QVERIFY(!parenthesisIsRightOfTheName(name + QStringLiteral(" (run 3)")));
    QVERIFY(parenthesisIsRightOfTheName(isolatedForDisplay(name) + QStringLiteral(" (run 3)")));
    QCOMPARE(isolatedForDisplay(name).mid(1, name.size()), name);
    QCOMPARE(isolatedForDisplay(QString(10000, QLatin1Char('x'))).size(), 202);
  }

  void labelsNeverTakeTextForMarkup() {
    QLabel label;
    usePlainText(&label);
    label.setText(hostileTexts().front());
    QCOMPARE(label.textFormat(), Qt::PlainText);
    QCOMPARE(label.text(), hostileTexts().front());
    QCOMPARE(shortenedForDisplay(QString(10000, QLatin1Char('x'))).size(), 200);
  }

  void aLongTitleDoesNotWidenItsColumn() {
    QStandardItemModel model(1, 2);
    model.setItem(0, 0, new QStandardItem(QString(10000, QLatin1Char('x'))));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("42")));
    QTableView table;
    table.setModel(&model);
    table.resize(800, 200);
    resizeColumnsToContents(&table, 480);
    QVERIFY2(table.columnWidth(0) <= 480, qPrintable(QString::number(table.columnWidth(0))));
    QVERIFY(table.columnWidth(1) > 0);
  }

  void exportedNamesAreNeverFormulas() {
    msl::plots::ChartSeries series;
    series.name = QStringLiteral("=HYPERLINK(\"http://evil\",\"click\")");
    series.steps = {1};
    series.wallSeconds = {0.5};
    series.values = {2.0};
    const QString csv = msl::plots::chartCsv({series}, 0.0);
    const QString row = csv.split(QLatin1Char('\n')).at(1);
    QVERIFY2(row.startsWith(QStringLiteral("\"'=HYPERLINK(")), qPrintable(row));
  }
};

QTEST_MAIN(TestHostileText)
#include "tst_hostile_text.moc"
