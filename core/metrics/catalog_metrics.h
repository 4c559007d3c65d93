#pragma once
// What a set of top-K lists says about the catalog, beyond accuracy:
//  - coverage: distinct recommended items / catalog size;
//  - popularity share: share of all recommended entries that are among the most popular
//    training items. Popularity = how often the item is a training target (with sliding-window
//    samples every interaction is a target once, while history items repeat); "most popular" =
//    the top 10% of the catalog by that count (at least one item; ties broken by item id so the
//    set is deterministic). A recommender that only echoes bestsellers has a share near 1.
#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace msl {

using RecommendedList = std::vector<std::int64_t>;  // item ids, best first

double catalogCoverage(const std::vector<RecommendedList>& lists, std::size_t catalogSize);

// The `fraction` most popular of `catalogItems` by `targetCounts` (absent = 0).
std::unordered_set<std::int64_t> mostPopularItems(
    const std::vector<std::int64_t>& catalogItems,
    const std::unordered_map<std::int64_t, std::size_t>& targetCounts, double fraction = 0.1);

double popularityShare(const std::vector<RecommendedList>& lists,
                       const std::unordered_set<std::int64_t>& popularItems);

}  // namespace msl
