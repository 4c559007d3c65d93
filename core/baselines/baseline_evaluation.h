#pragma once
// Evaluates a baseline exactly as the Evaluator evaluates an LLM: top-K lists of distinct
// titles (a title shared by several items is one entry listing them all, as one trie path is),
// ranked by title text, with the same metric map (evaluation/title_list_scoring.h).
#include <functional>
#include <string>

#include "baselines/baseline_recommender.h"
#include "data/dataset.h"
#include "evaluation/evaluation_result.h"

namespace msl {

// As the Evaluator's (evaluation/evaluator.h), without its LibTorch headers: this header is
// read by the GUI. Returning false stops the evaluation (result.cancelled).
using BaselineProgress = std::function<bool(std::size_t done, std::size_t total)>;

struct BaselineEvaluationOptions {
  std::string split = "test";
  std::size_t limit = 0;    // first N samples; 0 = all
  std::size_t titles = 10;  // K, as the LLM runs' beam width
  std::string popularitySplit = "train";
};

EvaluationResult evaluateBaseline(const BaselineRecommender& baseline, const Dataset& dataset,
                                  const BaselineEvaluationOptions& options,
                                  const BaselineProgress& progress = {});

}  // namespace msl
