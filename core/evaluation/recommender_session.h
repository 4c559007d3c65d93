#pragma once
// A loaded recommender behind a header without LibTorch, for the GUI (and the CLI): a model from
// a checkpoint folder or a stored run (runs/model_source.h, resolved by
// runs/model_source_resolution.h), its tokenizer, a dataset and the catalog trie. It recommends
// for a history with constrained beam search, generates without the constraint, and reports per
// target position what the model's softmax does with the valid and invalid tokens. Calls are
// serialised by a mutex, so any worker thread may use it.
#include <memory>
#include <string>
#include <vector>

#include "data/dataset.h"
#include "evaluation/beam_search_options.h"
#include "evaluation/evaluation_result.h"
#include "runs/model_source.h"
#include "evaluation/position_probabilities.h"
#include "tokenizer/tokenizer.h"
#include "trie/catalog_trie.h"

namespace msl {

class Evaluator;

class RecommenderSession {
 public:
  // dataDir empty: the stored run's dataset. deviceName: common/device_name.h ("auto": the
  // first GPU, else the CPU). Throws msl::Error naming what could not be loaded.
  static std::unique_ptr<RecommenderSession> open(const ResolvedModel& model,
                                                  const std::string& dataDir,
                                                  const std::string& deviceName = "auto");
  ~RecommenderSession();
  RecommenderSession(const RecommenderSession&) = delete;
  RecommenderSession& operator=(const RecommenderSession&) = delete;

  const Dataset& dataset() const;
  const Tokenizer& tokenizer() const;
  const CatalogTrie& trie() const;
  const ResolvedModel& model() const;
  const std::string& device() const;  // "cpu float32"
  // For whole-split evaluation (evaluation/evaluator.h, which needs LibTorch). Not serialised.
  Evaluator& evaluator();

  // Top titles for a history (oldest first) by constrained beam search.
  std::vector<RecommendedTitle> recommend(const std::vector<ItemId>& history, std::size_t beams,
                                          MaskingVariant variant, std::size_t cutoffTokens = 512);

  // `count` unconstrained greedy continuations, each from one of the `count` most probable
  // first tokens (EOS excluded), most probable first.
  std::vector<GeneratedTitle> generate(const std::vector<ItemId>& history, std::size_t count,
                                       std::size_t maxNewTokens = 64,
                                       std::size_t cutoffTokens = 512);

  // One entry per token of `target`'s trie path (quoted title + EOS), teacher-forced after the
  // history's prompt. Throws when the target is not in the catalog.
  std::vector<PositionProbabilities> targetProbabilities(const std::vector<ItemId>& history,
                                                         ItemId target, std::size_t topInvalid = 10,
                                                         std::size_t cutoffTokens = 512);

 private:
  struct Impl;
  explicit RecommenderSession(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace msl
