#include "evaluation/title_list_scoring.h"

#include <algorithm>
#include <unordered_map>

#include "metrics/catalog_metrics.h"
#include "metrics/ranking_metrics.h"

namespace msl {

SampleRecommendations scoreSample(const Dataset& dataset, const Sample& sample,
                                  std::size_t sampleIndex, std::vector<RecommendedTitle> titles) {
  SampleRecommendations entry;
  entry.sampleIndex = static_cast<std::int64_t>(sampleIndex);
  entry.userId = sample.userId;
  entry.targetItem = sample.target();
  entry.targetTitle = dataset.catalog.title(sample.target());
  entry.titles = std::move(titles);
  std::vector<std::string> texts;
  for (const RecommendedTitle& title : entry.titles) texts.push_back(title.title);
  entry.rank = rankOfTitle(texts, entry.targetTitle);
  return entry;
}

void computeEvaluationMetrics(EvaluationResult& result, const Dataset& dataset,
                              const std::vector<ItemId>& catalogItems,
                              const std::string& popularitySplit) {
  result.metrics = rankingMetrics(result.ranks());
  std::vector<RecommendedList> lists;
  for (const SampleRecommendations& sample : result.samples) {
    RecommendedList items;
    for (const RecommendedTitle& title : sample.titles)
      items.insert(items.end(), title.items.begin(), title.items.end());
    lists.push_back(std::move(items));
  }
  result.metrics["coverage"] = catalogCoverage(lists, dataset.catalog.size());
  const auto names = dataset.splitNames();
  if (popularitySplit.empty() ||
      std::find(names.begin(), names.end(), popularitySplit) == names.end())
    return;
  std::unordered_map<std::int64_t, std::size_t> counts;
  for (const Sample& sample : dataset.split(popularitySplit)) ++counts[sample.target()];
  result.metrics["popularity_share"] =
      popularityShare(lists, mostPopularItems(catalogItems, counts));
}

}  // namespace msl
