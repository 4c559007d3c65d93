#pragma once
// Content-based "same series" baseline: the other catalog books of the series the user's
// history names (baselines/title_series.h), the most recent history item's series first, each
// series' books by popularity; books already in the history are left out; popularity fills the
// rest of the list. It reads titles only, as the LLM does, and no interaction beyond the
// training split's target counts.
#include <string>
#include <unordered_map>
#include <vector>

#include "baselines/popularity_baseline.h"

namespace msl {

class SeriesBaseline : public BaselineRecommender {
 public:
  SeriesBaseline(const Dataset& dataset, const std::string& trainSplit);

  std::string kind() const override { return "series"; }
  std::vector<ItemId> rank(const std::vector<ItemId>& history, std::size_t count) const override;

 private:
  PopularityBaseline popularity_;
  std::unordered_map<ItemId, std::vector<std::string>> seriesOfItem_;
  // series -> its books, most popular first
  std::unordered_map<std::string, std::vector<ItemId>> booksOfSeries_;
};

}  // namespace msl
