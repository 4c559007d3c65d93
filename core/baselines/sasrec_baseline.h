#pragma once
// SASRec (Kang & McAuley, "Self-Attentive Sequential Recommendation", ICDM 2018) as a baseline:
// item-id embeddings plus learned positions, causal self-attention blocks (layer norm first,
// one head, ReLU feed-forward, dropout), and the item embeddings again as the output layer.
// Choices, stated because papers differ on them:
// - the loss is the full softmax over the catalog at every position (the catalogs here have a
//   few thousand items, so sampled negatives, the paper's binary cross-entropy, buy nothing);
// - each training sample's sequence (history and target) is one training sequence;
// - the epoch is chosen on the validation split, or, when the dataset has none (Amazon Books),
//   on a seeded tenth of the training samples held out from training; never on test.
// Torch-free header: the model lives behind a pointer.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "baselines/baseline_recommender.h"
#include "data/dataset.h"

namespace msl {

struct SasrecOptions {
  std::int64_t hidden = 64;
  std::int64_t blocks = 2;
  std::int64_t heads = 1;
  std::int64_t maxLength = 50;
  double dropout = 0.2;
  double learningRate = 1e-3;
  std::int64_t batchSize = 128;
  std::int64_t maxEpochs = 40;
  std::int64_t patience = 5;  // epochs without a better validation NDCG@10 before stopping
  std::uint64_t seed = 42;
};

struct SasrecEpoch {
  std::int64_t epoch = 0;  // 1-based
  double trainLoss = 0;
  double validationNdcg10 = 0;  // item-level, on the selection samples
};

class SasrecBaseline : public BaselineRecommender {
 public:
  using EpochCallback = std::function<void(const SasrecEpoch&)>;

  SasrecBaseline(const Dataset& dataset, const std::string& trainSplit,
                 const SasrecOptions& options = {}, const EpochCallback& onEpoch = {});
  ~SasrecBaseline() override;

  std::string kind() const override { return "sasrec"; }
  std::vector<ItemId> rank(const std::vector<ItemId>& history, std::size_t count) const override;

  std::int64_t selectedEpoch() const;
  const std::string& selectionSplit() const;  // "valid", or "held-out tenth of <train split>"

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace msl
