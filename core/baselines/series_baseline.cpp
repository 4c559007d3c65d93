#include "baselines/series_baseline.h"

#include <unordered_set>

#include "baselines/title_series.h"

namespace msl {

SeriesBaseline::SeriesBaseline(const Dataset& dataset, const std::string& trainSplit)
    : popularity_(dataset, trainSplit) {
  for (const Item& item : dataset.catalog.items())
    seriesOfItem_[item.id] = seriesOfTitle(item.title);
  for (ItemId item : popularity_.order())
    for (const std::string& series : seriesOfItem_.at(item)) booksOfSeries_[series].push_back(item);
}

std::vector<ItemId> SeriesBaseline::rank(const std::vector<ItemId>& history,
                                         std::size_t count) const {
  std::vector<ItemId> ranked;
  std::unordered_set<ItemId> taken(history.begin(), history.end());
  for (auto it = history.rbegin(); it != history.rend() && ranked.size() < count; ++it) {
    const auto series = seriesOfItem_.find(*it);
    if (series == seriesOfItem_.end()) continue;
    for (const std::string& name : series->second)
      for (ItemId book : booksOfSeries_.at(name))
        if (ranked.size() < count && taken.insert(book).second) ranked.push_back(book);
  }
  // The back-off is popularity's own list: a history item may come back here, as it would there.
  std::unordered_set<ItemId> listed(ranked.begin(), ranked.end());
  for (ItemId item : popularity_.order()) {
    if (ranked.size() >= count) break;
    if (listed.insert(item).second) ranked.push_back(item);
  }
  return ranked;
}

}  // namespace msl
