// The data pipeline on a synthetic catalog: prompt/target encoding under a cutoff, left-padded
// batches whose target rows sit at the right positions, and the seeded epoch order.
#include <torch/torch.h>

#include <QtTest/QtTest>

#include <algorithm>
#include <set>

#include "training/encoded_sample.h"
#include "training/epoch_order.h"
#include "training/training_batch.h"
#include "training_fixture.h"
#include "trie/text_layer.h"

class TestTrainingBatches : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    fixture_ = std::make_unique<TrainingFixture>();
    text_ = msl::TextLayer::load(fixture_->dataDir(), fixture_->tokenizerJson(), "train");
    encoded_ = msl::encodeSamples(text_->dataset, text_->samples(), text_->tokenizer,
                                  text_->catalogTrie, 100000);
    QVERIFY(encoded_.size() > 20);
  }

  void targetsAreTheTriesIdsAndPromptsTheTokenizers() {
    for (const auto& sample : encoded_) {
      const auto& original = text_->samples()[sample.sample];
      QCOMPARE(sample.targetIds, text_->catalogTrie.targetTokens(original.target()));
      QCOMPARE(sample.targetIds.back(), text_->catalogTrie.eos());
      QCOMPARE(sample.droppedHistoryItems, std::size_t(0));
    }
  }

  void cutoffTrimsHistoryNeverTheTarget() {
    const auto summary = msl::summarizeEncoding(encoded_);
    const std::size_t cutoff = static_cast<std::size_t>(summary.meanInputLength * 0.7);
    const auto trimmed = msl::encodeSamples(text_->dataset, text_->samples(), text_->tokenizer,
                                            text_->catalogTrie, cutoff);
    std::size_t trimmedCount = 0;
    for (std::size_t i = 0; i < trimmed.size(); ++i) {
      QCOMPARE(trimmed[i].targetIds, encoded_[i].targetIds);
      if (trimmed[i].fitsCutoff)
        QVERIFY(trimmed[i].promptIds.size() + trimmed[i].targetIds.size() <= cutoff);
      if (trimmed[i].droppedHistoryItems > 0) {
        ++trimmedCount;
        QVERIFY(trimmed[i].promptIds.size() < encoded_[i].promptIds.size());
        // The newest history title is still in the prompt: trimming starts from the oldest.
        const auto& original = text_->samples()[i];
        if (trimmed[i].droppedHistoryItems + 1 >= original.itemIds.size()) continue;
        const std::string newest =
            text_->dataset.catalog.title(original.itemIds[original.itemIds.size() - 2]);
        QVERIFY(text_->tokenizer.decode(trimmed[i].promptIds).find(newest) != std::string::npos);
      }
    }
    QVERIFY2(trimmedCount > trimmed.size() / 4, "the cutoff should trim many samples");
  }

  void batchesArePaddedOnTheLeftWithRowsAtTheirPredictingPositions() {
    const std::vector<std::size_t> picked{3, 0, 11, 7};
    const auto batch = msl::buildTrainingBatch(encoded_, text_->masks, picked, 0, torch::kCPU);
    std::size_t longest = 0, rows = 0;
    for (const auto s : picked) {
      longest = std::max(longest, encoded_[s].inputLength());
      rows += encoded_[s].targetIds.size();
    }
    const auto T = static_cast<std::int64_t>(longest);
    QCOMPARE(batch.inputIds.sizes().vec(), (std::vector<std::int64_t>{4, T}));
    QCOMPARE(batch.attentionMask.sizes().vec(), (std::vector<std::int64_t>{4, T}));
    QCOMPARE(batch.positionIds.sizes().vec(), (std::vector<std::int64_t>{4, T}));
    QCOMPARE(batch.rows.size(), rows);
    QCOMPARE(batch.batchIndex.size(0), static_cast<std::int64_t>(rows));
    const auto ids = batch.inputIds.accessor<std::int64_t, 2>();
    const auto mask = batch.attentionMask.accessor<std::int64_t, 2>();
    const auto positions = batch.positionIds.accessor<std::int64_t, 2>();
    for (std::int64_t b = 0; b < 4; ++b) {
      const auto& sample = encoded_[picked[static_cast<std::size_t>(b)]];
      const auto padding = T - static_cast<std::int64_t>(sample.inputLength());
      for (std::int64_t j = 0; j < T; ++j) {
        QCOMPARE(mask[b][j], std::int64_t(j >= padding ? 1 : 0));
        if (j >= padding) QCOMPARE(positions[b][j], j - padding);
      }
      QCOMPARE(ids[b][padding], std::int64_t(sample.promptIds.front()));
      QCOMPARE(ids[b][T - 1], std::int64_t(sample.targetIds[sample.targetIds.size() - 2]));
    }
    const auto batchIndex = batch.batchIndex.accessor<std::int64_t, 1>();
    const auto positionIndex = batch.positionIndex.accessor<std::int64_t, 1>();
    std::int64_t previousBatch = -1;
    std::size_t t = 0;
    for (std::size_t n = 0; n < rows; ++n) {
      const auto b = batchIndex[static_cast<std::int64_t>(n)];
      t = b == previousBatch ? t + 1 : 0;
      previousBatch = b;
      const auto& sample = encoded_[picked[static_cast<std::size_t>(b)]];
      const auto held = ids[b][positionIndex[static_cast<std::int64_t>(n)]];
      const std::int64_t expected = t == 0 ? sample.promptIds.back() : sample.targetIds[t - 1];
      QCOMPARE(held, expected);
      QCOMPARE(batch.rows.target(n), sample.targetIds[t]);
      QCOMPARE(batch.rows.isFirstPosition(n), t == 0);
      QVERIFY(batch.rows.valid(n).contains(sample.targetIds[t]));
    }
    batch.rows.checkTargetsValid();
  }

  void epochOrderIsSeededCompleteAndBucketed() {
    std::vector<std::size_t> lengths;
    for (const auto& sample : encoded_) lengths.push_back(sample.inputLength());
    for (const bool bucketing : {false, true}) {
      const auto a = msl::epochBatches(lengths, 5, 42, 0, bucketing);
      QCOMPARE(a, msl::epochBatches(lengths, 5, 42, 0, bucketing));
      QVERIFY(a != msl::epochBatches(lengths, 5, 42, 1, bucketing));
      QVERIFY(a != msl::epochBatches(lengths, 5, 43, 0, bucketing));
      QCOMPARE(a.size(), msl::batchesPerEpoch(lengths.size(), 5));
      std::multiset<std::size_t> seen;
      for (const auto& batch : a) seen.insert(batch.begin(), batch.end());
      QCOMPARE(seen.size(), lengths.size());
      QCOMPARE(std::set<std::size_t>(seen.begin(), seen.end()).size(), lengths.size());
    }
    // Bucketing gives batches of similar length: less padding than the plain shuffle.
    const auto padding = [&](const std::vector<std::vector<std::size_t>>& batches) {
      std::size_t total = 0;
      for (const auto& batch : batches) {
        std::size_t longest = 0;
        for (const auto s : batch) longest = std::max(longest, lengths[s]);
        for (const auto s : batch) total += longest - lengths[s];
      }
      return total;
    };
    QVERIFY(padding(msl::epochBatches(lengths, 5, 42, 0, true)) <
            padding(msl::epochBatches(lengths, 5, 42, 0, false)));
  }

 private:
  std::unique_ptr<TrainingFixture> fixture_;
  std::unique_ptr<msl::TextLayer> text_;
  std::vector<msl::EncodedSample> encoded_;
};

QTEST_APPLESS_MAIN(TestTrainingBatches)
#include "tst_training_batches.moc"
