#pragma once
// Popularity: the items most often the target of a training sample, the same list for every
// user. Ties break towards the lower item id, so the list is reproducible.
#include <vector>

#include "baselines/baseline_recommender.h"
#include "data/dataset.h"

namespace msl {

class PopularityBaseline : public BaselineRecommender {
 public:
  PopularityBaseline(const Dataset& dataset, const std::string& trainSplit);

  std::string kind() const override { return "popularity"; }
  std::vector<ItemId> rank(const std::vector<ItemId>& history, std::size_t count) const override;
  // Every catalog item, most popular first (items never a target follow, by id).
  const std::vector<ItemId>& order() const { return order_; }

 private:
  std::vector<ItemId> order_;
};

}  // namespace msl
