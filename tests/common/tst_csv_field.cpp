// CSV output: RFC 4180 quoting, and text that a spreadsheet would run as a formula neutralised.
#include <QtTest/QtTest>

#include "common/csv_field.h"

class TestCsvField : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void quotesWhatNeedsIt() {
    QCOMPARE(msl::csvField("plain"), std::string("plain"));
    QCOMPARE(msl::csvField("a,b"), std::string("\"a,b\""));
    QCOMPARE(msl::csvField("say \"hi\""), std::string("\"say \"\"hi\"\"\""));
    QCOMPARE(msl::csvField("two\nlines"), std::string("\"two\nlines\""));
    QCOMPARE(msl::csvRecord({"x", "y,z"}), std::string("x,\"y,z\"\r\n"));
  }

  void formulasNeverReachASpreadsheet() {
    for (const char* formula :
         {"=HYPERLINK(\"http://x\",\"click\")", "+1+1", "-2+3", "@SUM(A1)", "\tindent", "\rcr"}) {
      const std::string safe = msl::spreadsheetSafe(formula);
      QVERIFY2(safe == "'" + std::string(formula), safe.c_str());
    }
    for (const char* text : {"plain title", "1984", "", "a=b", " =lead space"})
      QCOMPARE(msl::spreadsheetSafe(text), std::string(text));
    // Quoting still applies to the neutralised text.
    QCOMPARE(msl::csvField(msl::spreadsheetSafe("=1,2")), std::string("\"'=1,2\""));
  }
};

QTEST_APPLESS_MAIN(TestCsvField)
#include "tst_csv_field.moc"
