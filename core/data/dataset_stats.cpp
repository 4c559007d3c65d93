#include "data/dataset_stats.h"

#include <algorithm>
#include <set>
#include <sstream>
#include <unordered_set>

#include "common/utf8.h"
#include "data/tokenizer_corpus.h"

namespace msl {

DatasetStats computeDatasetStats(const Dataset& dataset) {
  DatasetStats stats;
  stats.items = dataset.catalog.size();
  std::set<std::string> allUsers;
  std::unordered_set<ItemId> trainingTargets, trainingItems;
  if (!dataset.splits.empty()) {
    stats.trainingSplit = defaultTrainingSplit(dataset);
    for (const Sample& sample : dataset.split(stats.trainingSplit)) {
      trainingTargets.insert(sample.target());
      trainingItems.insert(sample.itemIds.begin(), sample.itemIds.end());
    }
  }
  for (const auto& [name, samples] : dataset.splits) {
    SplitStats split;
    split.name = name;
    split.samples = samples.size();
    std::set<std::string> users;
    for (const Sample& sample : samples) {
      users.insert(sample.userId);
      ++split.historyLengths[sample.itemIds.size() - 1];
      split.targetsSeenAsTrainingTarget += trainingTargets.count(sample.target());
      split.targetsSeenInTraining += trainingItems.count(sample.target());
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
  for (const SplitStats& split : stats.splits) {
    if (split.name == stats.trainingSplit || split.samples == 0) continue;
    const std::size_t unseen = split.samples - split.targetsSeenInTraining;
    if (2 * unseen <= split.samples) continue;
    std::ostringstream warning;
    warning << split.name << ": the targets of " << unseen << " of " << split.samples
            << " samples occur in no sample of " << stats.trainingSplit
            << " (a cold-start split: a recommender that learns from the training interactions has "
               "never seen them)";
    stats.warnings.push_back(warning.str());
  }
  return stats;
}

}  // namespace msl
