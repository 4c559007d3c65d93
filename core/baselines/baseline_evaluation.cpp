#include "baselines/baseline_evaluation.h"

#include <algorithm>
#include <chrono>
#include <unordered_map>
#include <unordered_set>

#include "evaluation/title_list_scoring.h"

namespace msl {
namespace {

// Items in ranked order -> the first `count` distinct titles, each with every item bearing it.
std::vector<RecommendedTitle> distinctTitles(
    const Catalog& catalog, const std::vector<ItemId>& ranked, std::size_t count,
    const std::unordered_map<std::string, std::vector<ItemId>>& itemsOfTitle) {
  std::vector<RecommendedTitle> titles;
  std::unordered_set<std::string> seen;
  for (ItemId item : ranked) {
    if (titles.size() == count) break;
    const std::string& title = catalog.title(item);
    if (!seen.insert(title).second) continue;
    RecommendedTitle entry;
    entry.title = title;
    entry.items = itemsOfTitle.at(title);
    entry.score = -static_cast<double>(titles.size());  // rank order; baselines have no log-prob
    titles.push_back(std::move(entry));
  }
  return titles;
}

}  // namespace

EvaluationResult evaluateBaseline(const BaselineRecommender& baseline, const Dataset& dataset,
                                  const BaselineEvaluationOptions& options,
                                  const BaselineProgress& progress) {
  const auto start = std::chrono::steady_clock::now();
  std::unordered_map<std::string, std::vector<ItemId>> itemsOfTitle;
  std::vector<ItemId> catalogItems;
  for (const Item& item : dataset.catalog.items()) {
    itemsOfTitle[item.title].push_back(item.id);
    catalogItems.push_back(item.id);
  }
  for (auto& [title, items] : itemsOfTitle) std::sort(items.begin(), items.end());

  const std::vector<Sample>& split = dataset.split(options.split);
  const std::size_t count =
      options.limit == 0 ? split.size() : std::min(options.limit, split.size());
  EvaluationResult result;
  result.split = options.split;
  result.variant = baseline.kind();
  result.beams = options.titles;
  for (std::size_t index = 0; index < count; ++index) {
    const Sample& sample = split[index];
    const std::vector<ItemId> history = sample.history();
    // A few spare items cover titles shared by several of the top items.
    std::vector<ItemId> ranked = baseline.rank(history, options.titles + 32);
    auto titles = distinctTitles(dataset.catalog, ranked, options.titles, itemsOfTitle);
    if (titles.size() < options.titles) {
      ranked = baseline.rank(history, dataset.catalog.size());
      titles = distinctTitles(dataset.catalog, ranked, options.titles, itemsOfTitle);
    }
    result.samples.push_back(scoreSample(dataset, sample, index, std::move(titles)));
    if (progress && (index + 1) % 256 == 0 && !progress(index + 1, count) && index + 1 < count) {
      result.cancelled = true;
      break;
    }
  }
  computeEvaluationMetrics(result, dataset, catalogItems, options.popularitySplit);
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace msl
