// Title trie and sparse masks on hand-checked catalogs (a word-level fake encoder keeps the
// expected token ids readable).
#include <QtTest/QtTest>

#include <map>
#include <sstream>

#include "common/error.h"
#include "trie/catalog_trie.h"
#include "trie/mask_summary.h"
#include "trie/target_masks.h"
#include "trie/tokenization_drift.h"

namespace {

// Each whitespace-separated word is one token; ids are assigned in order of first appearance
// and are stable for the lifetime of the encoder.
class WordEncoder {
 public:
  std::vector<msl::TokenId> operator()(std::string_view text) {
    std::istringstream words{std::string(text)};
    std::vector<msl::TokenId> ids;
    for (std::string word; words >> word;) {
      auto [it, inserted] = ids_.emplace(word, static_cast<msl::TokenId>(ids_.size() + 10));
      ids.push_back(it->second);
    }
    return ids;
  }
  msl::TokenId id(const std::string& word) const { return ids_.at(word); }

 private:
  std::map<std::string, msl::TokenId> ids_;
};

constexpr msl::TokenId kEos = 2;

// Two titles sharing the prefix "Red Moon" and one apart; samples target ids 10..12.
msl::CatalogTrie moonCatalogTrie(WordEncoder& encoder) {
  msl::Catalog catalog;
  catalog.add(10, "Red Moon Rising");
  catalog.add(11, "Red Moon");
  catalog.add(12, "Blue Sky");
  return msl::CatalogTrie::build(
      catalog, [&](std::string_view text) { return encoder(text); }, kEos);
}

std::vector<msl::TokenId> toVector(msl::TokenSlice slice) {
  return {slice.begin(), slice.end()};
}

}  // namespace

class TestTitleTrie : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void csrChildrenAreSortedAndShared() {
    const auto trie = msl::TitleTrie::build({{5, 7, 2}, {5, 3, 2}, {9, 2}, {5, 7, 4, 2}});
    QCOMPARE(toVector(trie.children(msl::TitleTrie::kRoot)), (std::vector<msl::TokenId>{5, 9}));
    const auto afterFive = trie.child(msl::TitleTrie::kRoot, 5);
    QVERIFY(afterFive.has_value());
    QCOMPARE(toVector(trie.children(*afterFive)), (std::vector<msl::TokenId>{3, 7}));
    const auto afterFiveSeven = trie.walk({5, 7});
    QVERIFY(afterFiveSeven.has_value());
    QCOMPARE(toVector(trie.children(*afterFiveSeven)), (std::vector<msl::TokenId>{2, 4}));
    QVERIFY(!trie.walk({5, 8}).has_value());
    QCOMPARE(trie.depth(trie.terminal(3)), std::size_t{4});
    QCOMPARE(trie.children(trie.terminal(0)).size, std::size_t{0});
    // root, 5, 9, 5-3, 5-7, 9-2, 5-3-2, 5-7-2, 5-7-4, 5-7-4-2
    QCOMPARE(trie.nodeCount(), std::size_t{10});
  }

  void statisticsCountFirstTokensAndDepths() {
    const auto stats =
        msl::TitleTrie::build({{5, 7, 2}, {5, 3, 2}, {9, 2}, {5, 7, 2}}).statistics();
    QCOMPARE(stats.firstPositionValid, std::size_t{2});
    QCOMPARE(stats.sequences, std::size_t{4});
    QCOMPARE(stats.distinctSequences, std::size_t{3});
    QCOMPARE(stats.maxDepth, std::size_t{3});
    QCOMPARE(stats.maxBranching, std::size_t{2});
    QCOMPARE(stats.sequenceLengthHistogram, (std::vector<std::size_t>{0, 0, 1, 3}));
    QVERIFY(stats.bytesUsed > 0);
  }

  void emptySequenceIsRejected() {
    QVERIFY_THROWS_EXCEPTION(msl::Error, msl::TitleTrie::build({{1, 2}, {}}));
  }

  void catalogTrieQuotesTitlesAndAppendsEos() {
    msl::Catalog catalog;
    catalog.add(1, "Dune Messiah");
    catalog.add(2, "Dune");
    catalog.add(3, "Dune Messiah");  // duplicate title: shares the leaf
    WordEncoder encoder;
    const auto trie = msl::CatalogTrie::build(
        catalog, [&](std::string_view text) { return encoder(text); }, kEos);
    const std::vector<msl::TokenId> expected{encoder.id("\"Dune"), encoder.id("Messiah\""), kEos};
    QCOMPARE(trie.targetTokens(1), expected);
    const auto leaf = trie.trie().walk(expected);
    QVERIFY(leaf.has_value());
    QCOMPARE(trie.itemsAt(*leaf), (std::vector<msl::ItemId>{1, 3}));
    QVERIFY_THROWS_EXCEPTION(msl::Error, trie.targetTokens(99));
  }

  void masksFollowTheTargetPath() {
    WordEncoder encoder;
    const auto trie = moonCatalogTrie(encoder);
    const std::vector<msl::Sample> samples{{"u1", {12, 11, 10}, 0}, {"u2", {10, 12}, 0}};
    const auto masks = msl::TargetMasks::build(trie, samples);
    QCOMPARE(masks.sampleCount(), std::size_t{2});
    // Sample 0 targets "Red Moon Rising": "\"Red", "Moon", "Rising\"", EOS.
    QCOMPARE(masks.targetLength(0), std::size_t{4});
    QCOMPARE(toVector(masks.validTokens(0, 0)),
             (std::vector<msl::TokenId>{encoder.id("\"Red"), encoder.id("\"Blue")}));
    QCOMPARE(masks.validCount(0, 1), std::size_t{2});  // "Moon" or "Moon\""
    QCOMPARE(toVector(masks.validTokens(0, 2)),
             (std::vector<msl::TokenId>{encoder.id("Rising\"")}));
    QCOMPARE(toVector(masks.validTokens(0, 3)), (std::vector<msl::TokenId>{kEos}));
    QCOMPARE(masks.targetToken(0, 2), encoder.id("Rising\""));
    QCOMPARE(masks.targetLength(1), std::size_t{3});
    QVERIFY_THROWS_EXCEPTION(msl::Error, masks.validTokens(1, 3));

    const auto memory = masks.memory(128256);
    QCOMPARE(memory.denseBytes, std::size_t{(4 + 3) * 128256});
    QVERIFY(memory.sparseBytes < memory.denseBytes);
  }

  void summaryCountsPositionsAndSingleValidSets() {
    WordEncoder encoder;
    const auto trie = moonCatalogTrie(encoder);
    const auto masks =
        msl::TargetMasks::build(trie, {{"u1", {12, 11, 10}, 0}, {"u2", {10, 12}, 0}});
    const auto summary = msl::summarizeMasks(masks, 1000);
    QCOMPARE(summary.samples, std::size_t{2});
    QCOMPARE(summary.targetPositions, std::size_t{7});
    // Valid counts: "Red Moon Rising" 2,2,1,1 and "Blue Sky" 2,1,1.
    QCOMPARE(summary.singleValidPositions, std::size_t{4});
    QCOMPARE(summary.meanValidPerPosition, 10.0 / 7.0);
    QCOMPARE(summary.meanValidAtPosition, (std::vector<double>{2.0, 1.5, 1.0, 1.0}));
    QCOMPARE(summary.memory.denseBytes, std::size_t{7000});
  }

  void driftIsDetectedWhenAMergeCrossesThePromptBoundary() {
    // One token per byte, except that "\n\"" merges into one token, as a BPE merge across the
    // prompt/target boundary would: in context the target then starts one token late.
    const msl::TextEncoder encode = [](std::string_view text) {
      std::vector<msl::TokenId> ids;
      for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] == '"') {
          ids.push_back(1000);
          ++i;
        } else {
          ids.push_back(static_cast<unsigned char>(text[i]));
        }
      }
      return ids;
    };
    msl::Catalog catalog;
    catalog.add(1, "Ab");
    catalog.add(2, "Cd");
    const auto trie = msl::CatalogTrie::build(catalog, encode, kEos);
    const msl::PromptBuilder prompts(msl::PromptWording::forDomain("books"));
    const auto report = msl::detectTokenizationDrift({{"u1", {1, 2}, 0}, {"u2", {2, 1}, 0}},
                                                     catalog, prompts, trie, encode);
    QCOMPARE(report.samples, std::size_t{2});
    QCOMPARE(report.drifted, std::size_t{2});
    QCOMPARE(report.leavesTrie, std::size_t{2});
    QCOMPARE(report.examples.size(), std::size_t{2});
    QCOMPARE(report.examples[0].trieTokens, (std::vector<msl::TokenId>{'"', 'C', 'd', '"'}));
    QCOMPARE(report.examples[0].inContextTokens, (std::vector<msl::TokenId>{'C', 'd', '"'}));

    const msl::TextEncoder bytes = [](std::string_view text) {
      return std::vector<msl::TokenId>(text.begin(), text.end());
    };
    const auto byteTrie = msl::CatalogTrie::build(catalog, bytes, kEos);
    const auto clean =
        msl::detectTokenizationDrift({{"u1", {1, 2}, 0}}, catalog, prompts, byteTrie, bytes);
    QCOMPARE(clean.drifted, std::size_t{0});
  }

  void unknownTargetNamesSampleAndItem() {
    msl::Catalog catalog;
    catalog.add(1, "A");
    WordEncoder encoder;
    const auto trie = msl::CatalogTrie::build(
        catalog, [&](std::string_view text) { return encoder(text); }, kEos);
    try {
      msl::TargetMasks::build(trie, {{"u7", {1, 42}, 0}});
      QFAIL("expected an error");
    } catch (const msl::Error& e) {
      const QString message = QString::fromUtf8(e.what());
      QVERIFY2(message.contains("u7") && message.contains("42"), e.what());
    }
  }
};

QTEST_APPLESS_MAIN(TestTitleTrie)
#include "tst_title_trie.moc"
