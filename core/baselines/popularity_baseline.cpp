#include "baselines/popularity_baseline.h"

#include <algorithm>
#include <unordered_map>

namespace msl {

PopularityBaseline::PopularityBaseline(const Dataset& dataset, const std::string& trainSplit) {
  std::unordered_map<ItemId, std::size_t> counts;
  for (const Sample& sample : dataset.split(trainSplit)) ++counts[sample.target()];
  for (const Item& item : dataset.catalog.items()) order_.push_back(item.id);
  std::sort(order_.begin(), order_.end(), [&](ItemId a, ItemId b) {
    const auto countA = counts.count(a) ? counts.at(a) : 0;
    const auto countB = counts.count(b) ? counts.at(b) : 0;
    return countA != countB ? countA > countB : a < b;
  });
}

std::vector<ItemId> PopularityBaseline::rank(const std::vector<ItemId>&, std::size_t count) const {
  return {order_.begin(),
          order_.begin() + static_cast<std::ptrdiff_t>(std::min(count, order_.size()))};
}

}  // namespace msl
