// Raw interactions -> samples: the sliding window on a hand-checked example, the temporal split,
// dataset.json descriptions, and the BIGRec writer round trip.
#include <QtTest>
#include <sstream>

#include "common/error.h"
#include "data/bigrec_layout_writer.h"
#include "data/dataset.h"
#include "data/dataset_description.h"
#include "data/interaction_import.h"
#include "data/sliding_window.h"
#include "data/time_split.h"
#include "error_of.h"
#include "scratch_folder.h"

using namespace msl;

namespace {

Catalog catalogOf(int items) {
  Catalog catalog;
  for (int id = 1; id <= items; ++id) catalog.add(id, "Item " + std::to_string(id));
  return catalog;
}

std::vector<ItemId> range(ItemId first, ItemId last) {
  std::vector<ItemId> ids;
  for (ItemId id = first; id <= last; ++id) ids.push_back(id);
  return ids;
}

Sample sampleAt(std::int64_t timestamp, const std::string& user = "u") {
  return {user, {1, 2, 3, 4, 5}, timestamp};
}

}  // namespace

class TestInteractionImport : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void slidingWindowHandChecked() {
    // a: 7 interactions given out of time order -> targets 5, 6, 7 (items by time: 1..7).
    // b: 4 interactions -> too short for any sample.
    // c: 12 interactions, items 101..112 in order -> targets 5..12; the last two windows are
    //    capped at 11 items (history of 10).
    std::vector<Interaction> interactions = {{"a", 3, 30}, {"b", 1, 5},  {"a", 1, 10}, {"a", 7, 70},
                                             {"a", 2, 20}, {"b", 2, 6},  {"a", 5, 50}, {"a", 4, 40},
                                             {"b", 3, 7},  {"a", 6, 60}, {"b", 4, 8}};
    for (ItemId i = 0; i < 12; ++i) interactions.push_back({"c", 101 + i, 1000 + i});
    const auto samples = slidingWindowSamples(interactions);
    QCOMPARE(samples.size(), std::size_t{3 + 8});
    QCOMPARE(samples[0].userId, std::string("a"));
    QCOMPARE(samples[0].itemIds, range(1, 5));
    QCOMPARE(samples[0].timestamp, std::int64_t{50});
    QCOMPARE(samples[1].itemIds, range(1, 6));
    QCOMPARE(samples[2].itemIds, range(1, 7));
    QCOMPARE(samples[2].timestamp, std::int64_t{70});
    QCOMPARE(samples[3].userId, std::string("c"));
    QCOMPARE(samples[3].itemIds, range(101, 105));
    QCOMPARE(samples[9].itemIds, range(101, 111));   // 11 items: full window
    QCOMPARE(samples[10].itemIds, range(102, 112));  // oldest dropped
    QCOMPARE(samples[10].timestamp, std::int64_t{1011});
  }

  void slidingWindowKeepsFileOrderForTies() {
    std::vector<Interaction> interactions;
    for (ItemId i = 1; i <= 5; ++i) interactions.push_back({"a", 10 - i, 100});
    const auto samples = slidingWindowSamples(interactions);
    QCOMPARE(samples.size(), std::size_t{1});
    QCOMPARE(samples[0].itemIds, (std::vector<ItemId>{9, 8, 7, 6, 5}));
  }

  void timeSplitByQuantiles() {
    std::vector<Sample> samples;
    for (const std::int64_t t : {7, 3, 10, 1, 9, 2, 8, 4, 6, 5}) samples.push_back(sampleAt(t));
    const TimeSplit split = splitByTime(samples);
    QCOMPARE(split.train.size(), std::size_t{8});
    QCOMPARE(split.valid.size(), std::size_t{1});
    QCOMPARE(split.test.size(), std::size_t{1});
    QCOMPARE(split.train.back().timestamp, std::int64_t{8});
    QCOMPARE(split.valid.front().timestamp, std::int64_t{9});
    QCOMPARE(split.test.front().timestamp, std::int64_t{10});
  }

  void timeSplitIsMonotoneWithTies() {
    std::vector<Sample> samples;
    for (int i = 0; i < 103; ++i) samples.push_back(sampleAt(i % 7, std::to_string(i)));
    const TimeSplit split = splitByTime(samples, {0.6, 0.2, 0.2});
    QCOMPARE(split.train.size(), std::size_t{61});
    QCOMPARE(split.valid.size(), std::size_t{20});
    QCOMPARE(split.test.size(), std::size_t{22});
    for (std::size_t i = 1; i < split.train.size(); ++i)
      QVERIFY(split.train[i - 1].timestamp <= split.train[i].timestamp);
    QVERIFY(split.train.back().timestamp <= split.valid.front().timestamp);
    QVERIFY(split.valid.back().timestamp <= split.test.front().timestamp);
    // Ties keep input order: user "0" (first with timestamp 0) leads the train split.
    QCOMPARE(split.train.front().userId, std::string("0"));
    QCOMPARE(split.train[1].userId, std::string("7"));
  }

  void timeSplitRejectsBadFractions() {
    const QString message = errorOf([] { splitByTime({}, {0.8, 0.1, 0.2}); });
    QVERIFY2(message.contains("sum to 1"), qPrintable(message));
  }

  void rejectsBadInteractions_data() {
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing column")
        << "user,item\n1,2\n"
        << "i.csv:1: expected a header naming the columns user, item and timestamp";
    QTest::newRow("unknown item") << "user,item,timestamp\n1,2,3\n1,77,4\n"
                                  << "i.csv:3: unknown item id 77";
    QTest::newRow("bad timestamp") << "user,item,timestamp\n1,2,soon\n"
                                   << "i.csv:2: bad timestamp \"soon\"";
    QTest::newRow("bad item") << "user,item,timestamp\n1,two,3\n"
                              << "i.csv:2: expected an integer item id, got \"two\"";
    QTest::newRow("column count") << "user,item,timestamp\n1,2\n"
                                  << "i.csv:2: expected 3 columns, found 2";
  }

  void rejectsBadInteractions() {
    QFETCH(QString, csv);
    QFETCH(QString, expected);
    std::istringstream in(csv.toStdString());
    const Catalog catalog = catalogOf(10);
    const QString message = errorOf([&] { parseInteractions(in, "i.csv", catalog); });
    QVERIFY2(message.startsWith(expected), qPrintable(message));
  }

  void rejectsBadDescriptions_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    const QString base = R"("format_version": 1, "domain": "books", "items": "i.json")";
    QTest::newRow("unknown key") << "{" + base + R"(, "splits": {"train": "t.csv"}, "naem": "x"})"
                                 << "d.json: naem: unknown key";
    QTest::newRow("unknown nested key")
        << R"({"format_version": 1, "domain": "books", "items": {"file": "i.csv", "fromat": "csv"}, "splits": {"t": "t.csv"}})"
        << "d.json: items.fromat: unknown key";
    QTest::newRow("unknown split key")
        << "{" + base +
               R"(, "interactions": {"file": "r.csv", "split": {"train": 0.8, "dev": 0.2}}})"
        << "d.json: interactions.split.dev: unknown key";
    QTest::newRow("version")
        << R"({"format_version": 2, "domain": "books", "items": "i.json", "splits": {"t": "t.csv"}})"
        << "d.json: format_version: unsupported version 2 (expected 1)";
    QTest::newRow("no version")
        << R"({"domain": "books", "items": "i.json", "splits": {"t": "t.csv"}})"
        << "d.json: format_version: missing";
    QTest::newRow("both sources") << "{" + base +
                                         R"(, "splits": {"t": "t.csv"}, "interactions": "r.csv"})"
                                  << "expected exactly one of \"splits\"";
    QTest::newRow("no source") << "{" + base + "}"
                               << "expected exactly one of \"splits\"";
    QTest::newRow("unknown domain")
        << R"({"format_version": 1, "domain": "games", "items": "i.json", "splits": {"t": "t.csv"}})"
        << "d.json: domain: unknown domain \"games\" (known domains: books, toys, clothing, "
           "office";
    QTest::newRow("no wording")
        << R"({"format_version": 1, "items": "i.json", "splits": {"t": "t.csv"}})"
        << "d.json: domain: missing";
    QTest::newRow("half wording")
        << R"({"format_version": 1, "wording": {"instruction": "x"}, "items": "i.json", "splits": {"t": "t.csv"}})"
        << "expected both \"instruction\" and \"history_prefix\"";
    QTest::newRow("fractions")
        << "{" + base +
               R"(, "interactions": {"file": "r.csv", "split": {"train": 0.9, "valid": 0.1, "test": 0.1}}})"
        << "d.json: interactions.split: expected non-negative fractions summing to 1";
    QTest::newRow("items format")
        << R"({"format_version": 1, "domain": "books", "items": {"file": "i", "format": "xml"}, "splits": {"t": "t.csv"}})"
        << "unknown items format \"xml\"";
    QTest::newRow("bad json") << "{\n  \"format_version\": 1,\n  oops\n}"
                              << "d.json:3:3: not valid JSON";
  }

  void rejectsBadDescriptions() {
    QFETCH(QString, json);
    QFETCH(QString, expected);
    const QString message = errorOf([&] { parseDatasetDescription(json.toStdString(), "d.json"); });
    QVERIFY2(message.contains(expected), qPrintable(message));
  }

  void loadsDescribedInteractions() {
    ScratchFolder folder;
    folder.write("items.csv", "id,title\n1,One\n2,Two\n3,Three\n4,Four\n5,Five\n6,Six\n");
    std::string interactions = "user,item,timestamp,rating\n";
    // Two users with 6 interactions each -> 2 samples each, target times 50, 60, 500, 600.
    for (int i = 1; i <= 6; ++i)
      interactions += "x," + std::to_string(i) + "," + std::to_string(i * 10) + ",5\n";
    for (int i = 1; i <= 6; ++i)
      interactions += "y," + std::to_string(7 - i) + "," + std::to_string(i * 100) + ",4\n";
    folder.write("ratings.csv", interactions);
    folder.write("dataset.json", R"({
      "format_version": 1, "name": "tiny",
      "wording": {"instruction": "Pick one.", "history_prefix": "Seen: "},
      "items": {"file": "items.csv"},
      "interactions": {"file": "ratings.csv", "split": {"train": 0.5, "valid": 0.25, "test": 0.25}}
    })");
    const Dataset dataset = loadDataset(folder.path());
    QCOMPARE(dataset.name, std::string("tiny"));
    QCOMPARE(dataset.domain, std::string("custom"));
    QCOMPARE(dataset.wording.historyPrefix, std::string("Seen: "));
    QCOMPARE(dataset.splitNames(), (std::vector<std::string>{"train", "valid", "test"}));
    QCOMPARE(dataset.split("train").size(), std::size_t{2});
    QCOMPARE(dataset.split("valid").size(), std::size_t{1});
    QCOMPARE(dataset.split("valid")[0].timestamp, std::int64_t{500});
    QCOMPARE(dataset.split("valid")[0].itemIds, (std::vector<ItemId>{6, 5, 4, 3, 2}));
    QCOMPARE(dataset.split("test")[0].itemIds, (std::vector<ItemId>{6, 5, 4, 3, 2, 1}));
  }

  void writerRoundTrips() {
    ScratchFolder source, target;
    std::vector<Interaction> interactions;
    for (ItemId i = 1; i <= 30; ++i) interactions.push_back({"user, \"quoted\"", i, i * 86400});
    ImportOptions options;
    options.name = "roundtrip";
    options.domain = "toys";
    const Dataset built = datasetFromInteractions(catalogOf(30), interactions, options);
    writeBigRecDataset(built, target.path());
    const Dataset loaded = loadDataset(target.path());
    QCOMPARE(loaded.name, std::string("roundtrip"));
    QCOMPARE(loaded.domain, std::string("toys"));
    QCOMPARE(loaded.splitNames(), built.splitNames());
    for (const auto& name : built.splitNames()) {
      const auto& a = built.split(name);
      const auto& b = loaded.split(name);
      QCOMPARE(a.size(), b.size());
      for (std::size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].userId, b[i].userId);
        QCOMPARE(a[i].itemIds, b[i].itemIds);
        QCOMPARE(a[i].timestamp, b[i].timestamp);
      }
    }
    QCOMPARE(built.split("train").size() + built.split("valid").size() + built.split("test").size(),
             std::size_t{26});
  }
};

QTEST_APPLESS_MAIN(TestInteractionImport)
#include "tst_interaction_import.moc"
