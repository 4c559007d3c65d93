// The hand-written CSV reader and the BIGRec item id lists it feeds.
#include <QtTest>
#include <sstream>

#include "common/error.h"
#include "common/csv_field.h"
#include "data/csv_reader.h"
#include "data/item_id_list.h"

using namespace msl;

Q_DECLARE_METATYPE(std::vector<std::string>)
Q_DECLARE_METATYPE(std::vector<msl::ItemId>)

class TestCsvReader : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void readsFields_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<std::vector<std::string>>("fields");
    QTest::addColumn<int>("line");
    QTest::newRow("plain") << "a,b,c\n" << std::vector<std::string>{"a", "b", "c"} << 1;
    QTest::newRow("quoted list") << "1670,\"[378, 1643, 454]\",1365811200\n"
                                 << std::vector<std::string>{"1670", "[378, 1643, 454]",
                                                             "1365811200"}
                                 << 1;
    QTest::newRow("escaped quote") << "\"say \"\"hi\"\"\",x\n"
                                   << std::vector<std::string>{"say \"hi\"", "x"} << 1;
    QTest::newRow("empty fields") << ",,\n" << std::vector<std::string>{"", "", ""} << 1;
    QTest::newRow("trailing comma") << "a,\n" << std::vector<std::string>{"a", ""} << 1;
    QTest::newRow("crlf") << "a,b\r\n" << std::vector<std::string>{"a", "b"} << 1;
    QTest::newRow("no final newline") << "a,b" << std::vector<std::string>{"a", "b"} << 1;
    QTest::newRow("blank lines skipped") << "\n\nx,y\n" << std::vector<std::string>{"x", "y"} << 3;
    QTest::newRow("newline inside quotes") << "\"two\nlines\",z\n"
                                           << std::vector<std::string>{"two\nlines", "z"} << 1;
    QTest::newRow("empty quoted") << "\"\",a\n" << std::vector<std::string>{"", "a"} << 1;
    QTest::newRow("utf8 kept") << "\"Caf\xC3\xA9, Paris\"\n"
                               << std::vector<std::string>{"Caf\xC3\xA9, Paris"} << 1;
  }

  void readsFields() {
    QFETCH(QString, input);
    QFETCH(std::vector<std::string>, fields);
    QFETCH(int, line);
    std::istringstream in(input.toStdString());
    CsvReader reader(in, "t.csv");
    CsvRecord record;
    QVERIFY(reader.next(record));
    QCOMPARE(record.fields, fields);
    QCOMPARE(record.line, static_cast<std::size_t>(line));
    QVERIFY(!reader.next(record));
  }

  void lineNumbersFollowMultilineRecords() {
    std::istringstream in("h\n\"a\nb\"\nc\n");
    CsvReader reader(in, "t.csv");
    CsvRecord record;
    QVERIFY(reader.next(record));
    QVERIFY(reader.next(record));
    QCOMPARE(record.line, std::size_t{2});
    QVERIFY(reader.next(record));
    QCOMPARE(record.line, std::size_t{4});
    QCOMPARE(record.fields.front(), std::string("c"));
  }

  void rejectsMalformedQuoting_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unterminated") << "ok\n\"abc,def\n"
                                  << "t.csv:2: unterminated quoted field";
    QTest::newRow("text after quote")
        << "a\n\"abc\"x,1\n"
        << "t.csv:2: unexpected text after a closing quote in column 1";
    QTest::newRow("stray quote") << "a\nab\"c,1\n"
                                 << "t.csv:2: unexpected '\"' inside unquoted column 1";
  }

  void rejectsMalformedQuoting() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    std::istringstream in(input.toStdString());
    CsvReader reader(in, "t.csv");
    CsvRecord record;
    try {
      while (reader.next(record)) {
      }
      QFAIL("expected an error");
    } catch (const Error& e) {
      QVERIFY2(QString(e.what()).startsWith(expected), e.what());
    }
  }

  void csvFieldRoundTrips() {
    for (const std::string text : {"plain", "a,b", "say \"hi\"", "line\nbreak", ""}) {
      std::istringstream in(csvField(text) + ",end\n");
      CsvReader reader(in, "t.csv");
      CsvRecord record;
      QVERIFY(reader.next(record));
      QCOMPARE(record.fields, (std::vector<std::string>{text, "end"}));
    }
    QCOMPARE(csvField("plain"), std::string("plain"));
  }

  void parsesItemIdLists_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::vector<ItemId>>("ids");
    QTest::newRow("bigrec") << "[378, 1643, 454]" << std::vector<ItemId>{378, 1643, 454};
    QTest::newRow("no spaces") << "[1,2]" << std::vector<ItemId>{1, 2};
    QTest::newRow("loose spaces") << " [ 7 ,8 ] " << std::vector<ItemId>{7, 8};
    QTest::newRow("empty") << "[]" << std::vector<ItemId>{};
  }

  void parsesItemIdLists() {
    QFETCH(QString, text);
    QFETCH(std::vector<ItemId>, ids);
    QCOMPARE(parseItemIdList(text.toStdString()), ids);
  }

  void rejectsMalformedLists_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no brackets") << "378, 1643"
                                 << "missing '['";
    QTest::newRow("unclosed") << "[378, 1643"
                              << "missing ']'";
    QTest::newRow("letters") << "[378, abc]"
                             << "expected an item id at character 6";
    QTest::newRow("negative") << "[-3, 4]"
                              << "expected an item id at character 1";
    QTest::newRow("double comma") << "[1,, 2]"
                                  << "expected an item id";
    QTest::newRow("semicolon") << "[1; 2]"
                               << "expected ',' or ']' at character 2";
    QTest::newRow("trailing text") << "[1, 2] x"
                                   << "text after ']'";
    QTest::newRow("overflow") << "[99999999999999999999]"
                              << "out of range";
  }

  void rejectsMalformedLists() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    try {
      parseItemIdList(text.toStdString());
      QFAIL("expected an error");
    } catch (const Error& e) {
      QVERIFY2(QString(e.what()).contains(expected), e.what());
    }
  }

  void formatsLikeBigRec() {
    QCOMPARE(formatItemIdList({378, 1643, 454}), std::string("[378, 1643, 454]"));
    QCOMPARE(formatItemIdList({}), std::string("[]"));
  }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
