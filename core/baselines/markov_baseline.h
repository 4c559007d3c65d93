#pragma once
// First-order Markov (co-occurrence) baseline: the items that most often directly followed the
// user's last item in the training split (each training sample's target after its last history
// item), backed off to popularity for the rest of the list and for users whose last item was
// never followed. Ties break by popularity, then by item id.
#include <unordered_map>
#include <vector>

#include "baselines/popularity_baseline.h"

namespace msl {

class MarkovBaseline : public BaselineRecommender {
 public:
  MarkovBaseline(const Dataset& dataset, const std::string& trainSplit);

  std::string kind() const override { return "markov"; }
  std::vector<ItemId> rank(const std::vector<ItemId>& history, std::size_t count) const override;

 private:
  PopularityBaseline popularity_;
  // item -> its followers, most frequent first
  std::unordered_map<ItemId, std::vector<ItemId>> followers_;
};

}  // namespace msl
