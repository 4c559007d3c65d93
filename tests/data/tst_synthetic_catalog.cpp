// The synthetic generator: byte-identical output per seed, and data a recommender can learn.
#include <QtTest>
#include <map>
#include <set>

#include "common/error.h"
#include "data/dataset.h"
#include "data/splitmix64.h"
#include "data/synthetic_catalog.h"
#include "scratch_folder.h"

using namespace msl;

namespace {

const std::vector<std::string> kFiles = {"id2name4Rec.json", "train.csv", "valid.csv", "test.csv",
                                         "dataset.json"};

}  // namespace

class TestSyntheticCatalog : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void splitMix64MatchesReference() {
    // First outputs for seed 1234567 from the reference C implementation (Vigna).
    SplitMix64 rng(1234567);
    QCOMPARE(rng.next(), std::uint64_t{6457827717110365317ull});
    QCOMPARE(rng.next(), std::uint64_t{3203168211198807973ull});
  }

  void sameSeedGivesIdenticalFiles() {
    ScratchFolder first, second;
    const SyntheticOptions options;
    writeSyntheticDataset(options, first.path());
    writeSyntheticDataset(options, second.path());
    for (const auto& file : kFiles) {
      const std::string a = readWholeFile(first.path() / file);
      QVERIFY2(!a.empty(), file.c_str());
      QVERIFY2(a == readWholeFile(second.path() / file), file.c_str());
    }
  }

  void differentSeedGivesDifferentData() {
    ScratchFolder first, second;
    SyntheticOptions options;
    writeSyntheticDataset(options, first.path());
    options.seed = 2;
    writeSyntheticDataset(options, second.path());
    QVERIFY(readWholeFile(first.path() / "id2name4Rec.json") !=
            readWholeFile(second.path() / "id2name4Rec.json"));
    QVERIFY(readWholeFile(first.path() / "train.csv") !=
            readWholeFile(second.path() / "train.csv"));
  }

  void writesALoadableBigRecLayout() {
    ScratchFolder folder;
    SyntheticOptions options;
    const Dataset written = writeSyntheticDataset(options, folder.path());
    const Dataset loaded = loadDataset(folder.path());
    QCOMPARE(loaded.catalog.size(), std::size_t{600});
    QCOMPARE(loaded.catalog.items().front().id, ItemId{1});
    QCOMPARE(loaded.catalog.items().back().id, ItemId{600});
    QCOMPARE(loaded.splitNames(), (std::vector<std::string>{"train", "valid", "test"}));
    QCOMPARE(loaded.domain, std::string("books"));
    QVERIFY(loaded.catalog.duplicateTitles().empty());
    std::size_t total = 0;
    std::set<std::string> users;
    for (const auto& [name, samples] : loaded.splits) {
      QCOMPARE(samples.size(), written.split(name).size());
      total += samples.size();
      for (const Sample& sample : samples) {
        QVERIFY(sample.itemIds.size() >= 5 && sample.itemIds.size() <= 11);
        users.insert(sample.userId);
      }
    }
    QCOMPARE(users.size(), std::size_t{400});
    // 8..24 interactions per user, the first four never targets: 4..20 samples each.
    QVERIFY(total >= 400 * 4 && total <= 400 * 20);
    QCOMPARE(loaded.split("test").size(),
             total - loaded.split("train").size() - loaded.split("valid").size());
    QVERIFY(loaded.split("train").size() >= total * 8 / 10 - 1);
  }

  void titlesShareStructure() {
    const SyntheticData data = generateSyntheticData({});
    std::size_t seriesBooks = 0, multiWord = 0;
    std::map<std::string, std::size_t> firstWords;
    for (const Item& item : data.catalog.items()) {
      if (item.title.find(", Book ") != std::string::npos) ++seriesBooks;
      if (std::count(item.title.begin(), item.title.end(), ' ') >= 2) ++multiWord;
      ++firstWords[item.title.substr(0, item.title.find(' '))];
    }
    QVERIFY2(seriesBooks > 150 && seriesBooks < 300, qPrintable(QString::number(seriesBooks)));
    QVERIFY(multiWord > 550);
    QVERIFY(firstWords["The"] > 200);  // deep shared prefixes for the title trie
  }

  void popularityIsSkewed() {
    const SyntheticData data = generateSyntheticData({});
    std::map<ItemId, std::size_t> counts;
    for (const Interaction& interaction : data.interactions) ++counts[interaction.itemId];
    std::vector<std::size_t> sorted;
    for (const auto& [id, count] : counts) sorted.push_back(count);
    std::sort(sorted.rbegin(), sorted.rend());
    std::size_t top = 0, all = 0;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
      all += sorted[i];
      if (i < 60) top += sorted[i];  // the top 10% of 600 items
    }
    const double topShare = static_cast<double>(top) / static_cast<double>(all);
    qInfo("top 10%% of items: %.3f of interactions", topShare);
    QVERIFY2(topShare > 0.3, qPrintable(QString::number(topShare)));
  }

  void usersConcentrateOnFewGenres() {
    const SyntheticData data = generateSyntheticData({});
    std::map<std::string, std::map<std::size_t, std::size_t>> genresByUser;
    for (const Interaction& interaction : data.interactions)
      ++genresByUser[interaction.userId][data.info(interaction.itemId).genre];
    double concentration = 0;
    for (const auto& [user, genres] : genresByUser) {
      std::size_t top = 0, total = 0;
      for (const auto& [genre, count] : genres) {
        top = std::max(top, count);
        total += count;
      }
      concentration += static_cast<double>(top) / static_cast<double>(total);
    }
    concentration /= static_cast<double>(genresByUser.size());
    const double uniform = 1.0 / static_cast<double>(data.genres.size());
    qInfo("mean share of a user's top genre: %.3f (uniform %.3f)", concentration, uniform);
    QVERIFY2(concentration > 4 * uniform, qPrintable(QString::number(concentration)));
  }

  void nextItemIsPredictable() {
    const SyntheticData data = generateSyntheticData({});
    const Dataset dataset = syntheticDataset(data, {});
    std::size_t sameGenre = 0, seriesTargets = 0, seriesInOrder = 0;
    const auto& test = dataset.split("test");
    for (const Sample& sample : test) {
      const auto& target = data.info(sample.target());
      std::map<std::size_t, std::size_t> historyGenres;
      for (const ItemId id : sample.history()) ++historyGenres[data.info(id).genre];
      const auto top = std::max_element(historyGenres.begin(), historyGenres.end(),
                                        [](auto& a, auto& b) { return a.second < b.second; });
      if (top->first == target.genre) ++sameGenre;
      if (target.series >= 0 && target.position > 1) {
        ++seriesTargets;
        for (const ItemId id : sample.history()) {
          const auto& seen = data.info(id);
          if (seen.series == target.series && seen.position == target.position - 1) {
            ++seriesInOrder;
            break;
          }
        }
      }
    }
    const double genreHit = static_cast<double>(sameGenre) / static_cast<double>(test.size());
    qInfo(
        "test targets in the history's top genre: %.3f; series targets after their "
        "predecessor: %zu of %zu",
        genreHit, seriesInOrder, seriesTargets);
    QVERIFY2(genreHit > 3.0 / static_cast<double>(data.genres.size()),
             qPrintable(QString::number(genreHit)));
    QVERIFY(seriesTargets > 20);
    QVERIFY2(seriesInOrder > seriesTargets * 9 / 10,
             qPrintable(QString("%1 of %2").arg(seriesInOrder).arg(seriesTargets)));
  }

  void rejectsImpossibleOptions_data() {
    QTest::addColumn<int>("items");
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");
    QTest::addColumn<QString>("expected");
    QTest::newRow("few items") << 5 << 10 << 8 << 24 << "needs at least 20 items";
    QTest::newRow("no users") << 100 << 0 << 8 << 24 << "at least one user";
    QTest::newRow("min > max") << 100 << 10 << 9 << 8 << "expected 1 <= min <= max";
  }

  void rejectsImpossibleOptions() {
    QFETCH(int, items);
    QFETCH(int, users);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    QFETCH(QString, expected);
    SyntheticOptions options;
    options.items = static_cast<std::size_t>(items);
    options.users = static_cast<std::size_t>(users);
    options.minInteractionsPerUser = static_cast<std::size_t>(minimum);
    options.maxInteractionsPerUser = static_cast<std::size_t>(maximum);
    try {
      generateSyntheticData(options);
      QFAIL("expected an error");
    } catch (const Error& e) {
      QVERIFY2(QString(e.what()).contains(expected), e.what());
    }
  }
};

QTEST_APPLESS_MAIN(TestSyntheticCatalog)
#include "tst_synthetic_catalog.moc"
