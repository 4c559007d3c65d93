#include "data/dataset_stats.h"

#include <algorithm>
#include <set>

#include "common/utf8.h"

namespace msl {

DatasetStats computeDatasetStats(const Dataset& dataset) {
  DatasetStats stats;
  stats.items = dataset.catalog.size();
  std::set<std::string> allUsers;
  for (const auto& [name, samples] : dataset.splits) {
    SplitStats split;
    split.name = name;
    split.samples = samples.size();
    std::set<std::string> users;
    for (const Sample& sample : samples) {
      users.insert(sample.userId);
      ++split.historyLengths[sample.itemIds.size() - 1];
    }
    split.users = users.size();
    allUsers.insert(users.begin(), users.end());
    stats.splits.push_back(std::move(split));
  }
  stats.users = allUsers.size();
  stats.duplicateTitles = dataset.catalog.duplicateTitles();

  std::vector<std::size_t> lengths;
  for (const Item& item : dataset.catalog.items())
    lengths.push_back(utf8::decode(item.title).size());
  if (!lengths.empty()) {
    std::sort(lengths.begin(), lengths.end());
    stats.titleLength.min = lengths.front();
    stats.titleLength.max = lengths.back();
    stats.titleLength.median = lengths[lengths.size() / 2];
    double total = 0;
    for (const std::size_t length : lengths) total += static_cast<double>(length);
    stats.titleLength.mean = total / static_cast<double>(lengths.size());
  }
  stats.warnings = dataset.report.warnings;
  return stats;
}

}  // namespace msl
