// The text layer on the real Amazon Books catalog with the real Llama-3 tokenizer: the paper's
// first-position count, valid sets checked against a brute-force scan of all titles, and the
// memory saving over the reference's dense masks.
#include <QtTest/QtTest>

#include <filesystem>
#include <set>

#include "common/hf_reference.h"
#include "trie/mask_summary.h"
#include "trie/text_layer.h"

namespace fs = std::filesystem;

class TestAmazonBooksMasks : public QObject {
  Q_OBJECT

  std::unique_ptr<msl::TextLayer> layer_;

 private Q_SLOTS:
  void initTestCase() {
    const fs::path data = fs::path(MSLW_SHARED_DATA) / "amazon_books";
    const fs::path tokenizer = msl::sharedTokenizerFile("llama3");
    if (!fs::exists(data)) QSKIP("../shared/data/amazon_books is missing");
    if (!fs::exists(tokenizer)) {
      QSKIP("Llama-3 tokenizer.json missing from ../shared/tokenizers");
    }
    layer_ = msl::TextLayer::load(data, tokenizer, "train_10000");
  }

  void firstPositionCountMatchesThePaper() {
    // MSL.md: with the Llama-3 tokenizer the number of distinct first tokens n is 64 on Book.
    QCOMPARE(layer_->catalogTrie.trie().statistics().firstPositionValid, std::size_t{64});
  }

  void duplicateTitlesShareOnePath() {
    const auto stats = layer_->catalogTrie.trie().statistics();
    QCOMPARE(stats.sequences, std::size_t{6344});
    QCOMPARE(stats.distinctSequences, std::size_t{6344 - 9});
  }

  void validSetsEqualABruteForceScan() {
    const auto& items = layer_->catalogTrie.items();
    std::size_t checkedPositions = 0;
    for (std::size_t s = 0; s < layer_->masks.sampleCount(); s += 97) {
      const auto& target = layer_->catalogTrie.targetTokens(layer_->samples()[s].target());
      QCOMPARE(layer_->masks.targetLength(s), target.size());
      for (std::size_t t = 0; t < target.size(); ++t) {
        std::set<msl::TokenId> expected;
        for (msl::ItemId item : items) {
          const auto& other = layer_->catalogTrie.targetTokens(item);
          if (other.size() > t && std::equal(target.begin(), target.begin() + t, other.begin())) {
            expected.insert(other[t]);
          }
        }
        const msl::TokenSlice valid = layer_->masks.validTokens(s, t);
        QCOMPARE(std::set<msl::TokenId>(valid.begin(), valid.end()), expected);
        QVERIFY(valid.contains(target[t]));
        ++checkedPositions;
      }
    }
    QVERIFY(checkedPositions > 500);
  }

  void sparseMasksUseAThousandTimesLessMemory() {
    const auto summary = msl::summarizeMasks(layer_->masks, layer_->tokenizer.vocabSize());
    QCOMPARE(summary.samples, std::size_t{10000});
    QVERIFY2(summary.memory.ratio() >= 1000,
             qPrintable(QString("dense/sparse = %1").arg(summary.memory.ratio())));
  }

  void driftIsCountedAndNeverBreaksTargets() {
    layer_->checkDrift();
    QVERIFY(layer_->drift.has_value());
    QCOMPARE(layer_->drift->samples, std::size_t{10000});
    QVERIFY(layer_->drift->leavesTrie <= layer_->drift->drifted);
    for (const auto& example : layer_->drift->examples) {
      QVERIFY(example.trieTokens != example.inContextTokens);
    }
    qInfo("tokenization drift: %zu of %zu samples, %zu would leave the trie in the reference",
          layer_->drift->drifted, layer_->drift->samples, layer_->drift->leavesTrie);
  }
};

QTEST_APPLESS_MAIN(TestAmazonBooksMasks)
#include "tst_amazon_books_masks.moc"
