// Loading the BIGRec layout: every validation error names file and line, and the real Amazon
// Books data loads with the published figures.
#include <QtTest>

#include "common/error.h"
#include "data/bigrec_samples.h"
#include "data/dataset.h"
#include "data/items_file.h"
#include "error_of.h"
#include "scratch_folder.h"

using namespace msl;

namespace {

const char* const kItems =
    "{\n    \"1\": \"Alpha\",\n    \"2\": \"Beta\",\n    \"3\": \"Gamma\",\n"
    "    \"4\": \"Delta\",\n    \"5\": \"Epsilon\",\n    \"6\": \"Zeta\"\n}";

}  // namespace

class TestBigRecLoading : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void loadsValidSamples() {
    ScratchFolder folder;
    const Catalog catalog = parseBigRecCatalog(kItems, "items.json");
    const auto file = folder.write("s.csv",
                                   "user_id,item_ids,timestamp\n"
                                   "7,\"[1, 2, 3, 4, 5]\",100\n"
                                   "8,\"[6, 5, 4, 3, 2, 1]\",200\n");
    const auto samples = loadBigRecSamples(file, catalog);
    QCOMPARE(samples.size(), std::size_t{2});
    QCOMPARE(samples[1].userId, std::string("8"));
    QCOMPARE(samples[1].itemIds, (std::vector<ItemId>{6, 5, 4, 3, 2, 1}));
    QCOMPARE(samples[1].target(), ItemId{1});
    QCOMPARE(samples[1].history().size(), std::size_t{5});
    QCOMPARE(samples[1].timestamp, std::int64_t{200});
  }

  void rejectsBadSamples_data() {
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("expected");
    const QString header = "user_id,item_ids,timestamp\n";
    const QString good = "1,\"[1, 2, 3, 4, 5]\",10\n";
    QTest::newRow("wrong header") << "user,items,time\n"
                                  << "s.csv:1: expected the header user_id,item_ids,timestamp";
    QTest::newRow("too few columns")
        << header + good + "2,\"[1, 2, 3, 4, 5]\"\n"
        << "s.csv:3: expected 3 columns (user_id,item_ids,timestamp), found 2";
    QTest::newRow("too many columns")
        << header + "2,\"[1, 2, 3, 4, 5]\",10,x\n"
        << "s.csv:2: expected 3 columns (user_id,item_ids,timestamp), found 4";
    QTest::newRow("malformed list") << header + good + good + "3,\"[1, 2; 3]\",10\n"
                                    << "s.csv:4: malformed item id list \"[1, 2; 3]\"";
    QTest::newRow("unknown item") << header + "3,\"[1, 2, 3, 4, 99]\",10\n"
                                  << "s.csv:2: unknown item id 99 (not in the catalog)";
    QTest::newRow("too short") << header + "3,\"[1, 2, 3, 4]\",10\n"
                               << "s.csv:2: sequence of 4 items (expected 5 to 11)";
    QTest::newRow("too long") << header + "3,\"[1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6]\",10\n"
                              << "s.csv:2: sequence of 12 items (expected 5 to 11)";
    QTest::newRow("bad timestamp") << header + "3,\"[1, 2, 3, 4, 5]\",yesterday\n"
                                   << "s.csv:2: bad timestamp \"yesterday\"";
    QTest::newRow("fractional timestamp") << header + "3,\"[1, 2, 3, 4, 5]\",10.5\n"
                                          << "s.csv:2: bad timestamp \"10.5\"";
    QTest::newRow("negative timestamp") << header + "3,\"[1, 2, 3, 4, 5]\",-1\n"
                                        << "s.csv:2: bad timestamp \"-1\"";
    QTest::newRow("empty user") << header + ",\"[1, 2, 3, 4, 5]\",10\n"
                                << "s.csv:2: empty user_id";
    QTest::newRow("unterminated quote") << header + "3,\"[1, 2, 3, 4, 5],10\n"
                                        << "s.csv:2: unterminated quoted field";
    QTest::newRow("unquoted list") << header + "3,[1 2 3 4 5],10\n"
                                   << "s.csv:2: malformed item id list";
  }

  void rejectsBadSamples() {
    QFETCH(QString, csv);
    QFETCH(QString, expected);
    ScratchFolder folder;
    const Catalog catalog = parseBigRecCatalog(kItems, "items.json");
    const auto file = folder.write("s.csv", csv.toStdString());
    const QString message = errorOf([&] { loadBigRecSamples(file, catalog); });
    const QString expectedWithPath =
        QString::fromStdString((folder.path() / "").string()) + expected;
    QVERIFY2(message.startsWith(expectedWithPath), qPrintable(message));
  }

  void rejectsBadItems_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("invalid utf8")
        << QByteArray("{\n    \"1\": \"Fine\",\n    \"2\": \"Bad \xC3\x28 byte\"\n}")
        << "items.json:3: title of item 2 is not valid UTF-8 (byte offset 4 of the title, byte "
           "offset 33 of the file)";
    QTest::newRow("empty title") << QByteArray("{\n    \"1\": \"Fine\",\n    \"2\": \"  \"\n}")
                                 << "items.json:3: title of item 2 is empty";
    QTest::newRow("duplicate id") << QByteArray("{\n    \"1\": \"Fine\",\n    \"1\": \"Again\"\n}")
                                  << "items.json:3: duplicate item id 1 (expected unique ids)";
    QTest::newRow("non-integer id") << QByteArray("{\n    \"x1\": \"Fine\"\n}")
                                    << "items.json:2: expected an integer item id, got \"x1\"";
    QTest::newRow("non-string title")
        << QByteArray("{\n    \"1\": 5\n}") << "items.json:2: expected a quoted title for item 1";
    QTest::newRow("missing comma") << QByteArray("{\n    \"1\": \"A\"\n    \"2\": \"B\"\n}")
                                   << "items.json:3: expected ',' or '}' after the title of item 1";
    QTest::newRow("not an object")
        << QByteArray("[\"A\"]") << "items.json: record 0: expected an object";
  }

  void rejectsBadItems() {
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    ScratchFolder folder;
    const auto file = folder.write("items.json", json.toStdString());
    const QString message = errorOf([&] { loadItems({file}); });
    QVERIFY2(message.contains(expected), qPrintable(message));
  }

  void loadsItemsFromCsvAndRecords() {
    ScratchFolder folder;
    const auto csv = folder.write("items.csv", "asin,name,price\n10,\"A, with comma\",1\n11,B,2\n");
    ItemsFileSpec spec{csv, std::nullopt, "asin", "name"};
    const Catalog fromCsv = loadItems(spec);
    QCOMPARE(fromCsv.size(), std::size_t{2});
    QCOMPARE(fromCsv.title(10), std::string("A, with comma"));

    const auto bad = folder.write("bad.csv", "id,title\n1,A\n2,\n");
    const QString message = errorOf([&] { loadItems({bad}); });
    QVERIFY2(message.contains("bad.csv:3: title of item 2 is empty"), qPrintable(message));

    const auto records = folder.write(
        "items.json", "[{\"id\": 1, \"title\": \"One\"}, {\"id\": \"2\", \"title\": \"Two\"}]");
    const Catalog fromJson = loadItems({records});
    QCOMPARE(fromJson.title(2), std::string("Two"));
  }

  void writesCatalogThatReadsBack() {
    ScratchFolder folder;
    Catalog catalog;
    catalog.add(1, "Caf\xC3\xA9 \"Quoted\" &amp; more");
    catalog.add(2, "Plain");
    writeBigRecCatalog(catalog, folder.path() / "c.json");
    const Catalog back = loadBigRecCatalog(folder.path() / "c.json");
    QCOMPARE(back.size(), std::size_t{2});
    QCOMPARE(back.title(1), catalog.title(1));
    QVERIFY(readWholeFile(folder.path() / "c.json").find("    \"2\": \"Plain\"\n}") !=
            std::string::npos);
  }

  void duplicateTitlesAreWarningsNotErrors() {
    ScratchFolder folder;
    folder.write("id2name4Rec.json",
                 "{\"1\": \"Same\", \"2\": \"Same\", \"3\": \"C\", \"4\": \"D\", \"5\": \"E\"}");
    folder.write("train.csv", "user_id,item_ids,timestamp\n1,\"[1, 2, 3, 4, 5]\",1\n");
    const Dataset dataset = loadDataset(folder.path());
    QCOMPARE(dataset.catalog.duplicateTitles().size(), std::size_t{1});
    QCOMPARE(dataset.report.warnings.size(), std::size_t{1});
    QVERIFY(QString::fromStdString(dataset.report.warnings[0]).contains("under ids 1, 2"));
    QCOMPARE(dataset.domain, std::string("books"));
  }

  void errorsCarryTheDatasetContext() {
    ScratchFolder folder;
    folder.write("id2name4Rec.json", kItems);
    folder.write("test.csv", "user_id,item_ids,timestamp\n1,\"[1, 2, 3]\",1\n");
    const QString message = errorOf([&] { loadDataset(folder.path()); });
    QVERIFY2(message.startsWith("loading dataset "), qPrintable(message));
    QVERIFY2(message.contains("test.csv:2: sequence of 3 items"), qPrintable(message));
  }

  void unknownSplitListsAvailable() {
    ScratchFolder folder;
    folder.write("id2name4Rec.json", kItems);
    folder.write("test.csv", "user_id,item_ids,timestamp\n1,\"[1, 2, 3, 4, 5]\",1\n");
    folder.write("train.csv", "user_id,item_ids,timestamp\n1,\"[1, 2, 3, 4, 5]\",1\n");
    const Dataset dataset = loadDataset(folder.path());
    QCOMPARE(dataset.splitNames(), (std::vector<std::string>{"train", "test"}));
    const QString message = errorOf([&] { dataset.split("valid"); });
    QVERIFY2(message.contains("no split \"valid\" (available: train, test)"), qPrintable(message));
  }

  void loadsAmazonBooks() {
    const std::filesystem::path dir = std::filesystem::path(MSLW_SHARED_DATA) / "amazon_books";
    if (!std::filesystem::exists(dir / "id2name4Rec.json"))
      QSKIP("shared Amazon Books data not found at MSLW_SHARED_DATA/amazon_books");
    const Dataset dataset = loadDataset(dir);
    QCOMPARE(dataset.catalog.size(), std::size_t{6344});
    QCOMPARE(dataset.split("train_10000").size(), std::size_t{10000});
    QCOMPARE(dataset.split("train").size(), std::size_t{35060});
    QCOMPARE(dataset.split("test").size(), std::size_t{4383});
    QCOMPARE(dataset.catalog.duplicateTitles().size(), std::size_t{9});
    QCOMPARE(dataset.splitNames(), (std::vector<std::string>{"train", "train_10000", "test"}));
    const Sample& first = dataset.split("train_10000").front();
    QCOMPARE(first.userId, std::string("1670"));
    QCOMPARE(first.itemIds.size(), std::size_t{11});
    QCOMPARE(first.target(), ItemId{376});
    QCOMPARE(first.timestamp, std::int64_t{1365811200});
    QCOMPARE(dataset.wording.historyPrefix,
             std::string("The user has read the following books before: "));
  }
};

QTEST_APPLESS_MAIN(TestBigRecLoading)
#include "tst_bigrec_loading.moc"
