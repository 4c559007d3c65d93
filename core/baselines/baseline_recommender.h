#pragma once
// A recommender without a language model, fitted on a dataset's training split: given a
// history it ranks catalog items, best first. The workbench evaluates baselines exactly as it
// evaluates LLM runs (baselines/baseline_evaluation.h), so that their numbers are comparable.
#include <cstddef>
#include <string>
#include <vector>

#include "data/catalog.h"

namespace msl {

class BaselineRecommender {
 public:
  virtual ~BaselineRecommender() = default;
  virtual std::string kind() const = 0;  // "popularity", "markov", "sasrec", "series"
  // Up to `count` distinct items for a user with this history (oldest first).
  virtual std::vector<ItemId> rank(const std::vector<ItemId>& history, std::size_t count) const = 0;
};

}  // namespace msl
