#include "baselines/markov_baseline.h"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace msl {

MarkovBaseline::MarkovBaseline(const Dataset& dataset, const std::string& trainSplit)
    : popularity_(dataset, trainSplit) {
  // Each training sample is one observed next item: its target after its last history item.
  // (Earlier pairs of a history are the targets of the same user's earlier samples, so counting
  // them too would count one event several times.)
  std::map<std::pair<ItemId, ItemId>, std::size_t> transitions;
  for (const Sample& sample : dataset.split(trainSplit)) {
    if (sample.itemIds.size() >= 2)
      ++transitions[{sample.itemIds[sample.itemIds.size() - 2], sample.target()}];
  }
  std::unordered_map<ItemId, std::size_t> popularityRank;
  for (std::size_t i = 0; i < popularity_.order().size(); ++i)
    popularityRank[popularity_.order()[i]] = i;
  std::unordered_map<ItemId, std::vector<std::pair<std::size_t, ItemId>>> counted;
  for (const auto& [pair, count] : transitions) counted[pair.first].push_back({count, pair.second});
  for (auto& [from, list] : counted) {
    std::sort(list.begin(), list.end(), [&](const auto& a, const auto& b) {
      if (a.first != b.first) return a.first > b.first;
      return popularityRank.at(a.second) < popularityRank.at(b.second);
    });
    auto& ordered = followers_[from];
    for (const auto& entry : list) ordered.push_back(entry.second);
  }
}

std::vector<ItemId> MarkovBaseline::rank(const std::vector<ItemId>& history,
                                         std::size_t count) const {
  std::vector<ItemId> ranked;
  std::unordered_set<ItemId> taken;
  const auto add = [&](ItemId item) {
    if (ranked.size() < count && taken.insert(item).second) ranked.push_back(item);
  };
  if (!history.empty()) {
    const auto found = followers_.find(history.back());
    if (found != followers_.end())
      for (ItemId item : found->second) add(item);
  }
  for (ItemId item : popularity_.order()) {
    if (ranked.size() >= count) break;
    add(item);
  }
  return ranked;
}

}  // namespace msl
