#include "metrics/catalog_metrics.h"

#include <algorithm>
#include <cmath>

namespace msl {

double catalogCoverage(const std::vector<RecommendedList>& lists, std::size_t catalogSize) {
  if (catalogSize == 0) return 0;
  std::unordered_set<std::int64_t> seen;
  for (const RecommendedList& list : lists) seen.insert(list.begin(), list.end());
  return static_cast<double>(seen.size()) / static_cast<double>(catalogSize);
}

std::unordered_set<std::int64_t> mostPopularItems(
    const std::vector<std::int64_t>& catalogItems,
    const std::unordered_map<std::int64_t, std::size_t>& targetCounts, double fraction) {
  std::vector<std::pair<std::size_t, std::int64_t>> byCount;
  byCount.reserve(catalogItems.size());
  for (std::int64_t item : catalogItems) {
    const auto found = targetCounts.find(item);
    byCount.emplace_back(found == targetCounts.end() ? 0 : found->second, item);
  }
  std::sort(byCount.begin(), byCount.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  const auto wanted = std::min(
      byCount.size(),
      std::max<std::size_t>(
          1, static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(byCount.size())))));
  std::unordered_set<std::int64_t> popular;
  for (std::size_t i = 0; i < wanted; ++i) popular.insert(byCount[i].second);
  return popular;
}

double popularityShare(const std::vector<RecommendedList>& lists,
                       const std::unordered_set<std::int64_t>& popularItems) {
  std::size_t entries = 0;
  std::size_t popular = 0;
  for (const RecommendedList& list : lists) {
    for (std::int64_t item : list) {
      ++entries;
      popular += popularItems.count(item);
    }
  }
  return entries == 0 ? 0.0 : static_cast<double>(popular) / static_cast<double>(entries);
}

}  // namespace msl
