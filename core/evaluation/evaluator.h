#pragma once
// Turns a model into top-K lists and metrics on a dataset split (or a subset of it, as the
// trainer evaluates every N steps), and into recommendations for one edited history.
#include <functional>
#include <string>
#include <vector>

#include "data/dataset.h"
#include "data/prompt_builder.h"
#include "evaluation/beam_hypothesis.h"
#include "evaluation/beam_search_options.h"
#include "evaluation/evaluation_result.h"
#include "model/causal_lm.h"
#include "trie/catalog_trie.h"

namespace msl {

struct EvaluationOptions {
  std::string split = "test";
  std::size_t limit = 0;                   // first N samples of the split; 0 = all
  std::vector<std::size_t> sampleIndices;  // explicit subset (overrides limit)
  BeamSearchOptions beam;
  std::size_t batchSize = 8;       // users per batched beam search
  std::size_t cutoffTokens = 512;  // prompt + longest title, as training cuts
  // Catalog metrics: popularity from this split's targets ("" = no popularity share).
  std::string popularitySplit = "train";
};

// Called after each batch; returning false stops the evaluation (result.cancelled).
using EvaluationProgress = std::function<bool(std::size_t done, std::size_t total)>;

class Evaluator {
 public:
  // Every reference must outlive the evaluator. The model is switched to eval mode.
  Evaluator(CausalLm model, const Tokenizer& tokenizer, const Dataset& dataset,
            const CatalogTrie& catalogTrie);

  EvaluationResult evaluate(const EvaluationOptions& options,
                            const EvaluationProgress& progress = {});

  // The prompt tokens for a history (oldest first), fitted to the cutoff as training does:
  // the oldest titles are dropped first. BOS is added as the tokenizer's post-processor does.
  std::vector<TokenId> promptTokens(const std::vector<ItemId>& history,
                                    std::size_t cutoffTokens) const;

  // Top titles for each history.
  std::vector<std::vector<RecommendedTitle>> recommend(
      const std::vector<std::vector<ItemId>>& histories, const BeamSearchOptions& options,
      std::size_t cutoffTokens = 512);

 private:
  std::vector<RecommendedTitle> toTitles(const std::vector<BeamHypothesis>& found) const;

  CausalLm model_;
  const Tokenizer& tokenizer_;
  const Dataset& dataset_;
  const CatalogTrie& catalogTrie_;
  PromptBuilder prompts_;
  std::size_t longestTarget_ = 0;
};

}  // namespace msl
