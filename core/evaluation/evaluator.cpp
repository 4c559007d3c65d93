#include "evaluation/evaluator.h"

#include <torch/torch.h>

#include <chrono>

#include "common/error.h"
#include "evaluation/constrained_beam_search.h"
#include "evaluation/title_list_scoring.h"

namespace msl {

Evaluator::Evaluator(CausalLm model, const Tokenizer& tokenizer, const Dataset& dataset,
                     const CatalogTrie& catalogTrie)
    : model_(std::move(model)),
      tokenizer_(tokenizer),
      dataset_(dataset),
      catalogTrie_(catalogTrie),
      prompts_(dataset.wording) {
  model_->eval();
  for (ItemId item : catalogTrie_.items())
    longestTarget_ = std::max(longestTarget_, catalogTrie_.targetTokens(item).size());
}

std::vector<TokenId> Evaluator::promptTokens(const std::vector<ItemId>& history,
                                             std::size_t cutoffTokens) const {
  std::vector<std::string> titles;
  titles.reserve(history.size());
  for (ItemId item : history) {
    const Item* found = dataset_.catalog.find(item);
    if (found == nullptr) {
      throw Error("dataset " + dataset_.root.string() + ": history item " + std::to_string(item) +
                  " is not in the catalog");
    }
    titles.push_back(found->title);
  }
  const auto fitted = prompts_.fitToBudget(
      titles, longestTarget_, cutoffTokens,
      [this](std::string_view text) { return tokenizer_.encode(text, true).size(); });
  return tokenizer_.encode(fitted.prompt, true);
}

std::vector<RecommendedTitle> Evaluator::toTitles(const std::vector<BeamHypothesis>& found) const {
  std::vector<RecommendedTitle> titles;
  titles.reserve(found.size());
  for (const BeamHypothesis& hypothesis : found) {
    RecommendedTitle entry;
    entry.items = catalogTrie_.itemsAt(hypothesis.leaf);
    entry.title = dataset_.catalog.title(entry.items.front());
    entry.score = hypothesis.score;
    titles.push_back(std::move(entry));
  }
  return titles;
}

std::vector<std::vector<RecommendedTitle>> Evaluator::recommend(
    const std::vector<std::vector<ItemId>>& histories, const BeamSearchOptions& options,
    std::size_t cutoffTokens) {
  std::vector<std::vector<TokenId>> prompts;
  for (const auto& history : histories) prompts.push_back(promptTokens(history, cutoffTokens));
  std::vector<std::vector<RecommendedTitle>> lists;
  for (const auto& found : constrainedBeamSearch(model_, catalogTrie_, prompts, options))
    lists.push_back(toTitles(found));
  return lists;
}

EvaluationResult Evaluator::evaluate(const EvaluationOptions& options,
                                     const EvaluationProgress& progress) {
  const auto start = std::chrono::steady_clock::now();
  const std::vector<Sample>& split = dataset_.split(options.split);
  std::vector<std::size_t> chosen = options.sampleIndices;
  if (chosen.empty()) {
    const std::size_t count =
        options.limit == 0 ? split.size() : std::min(options.limit, split.size());
    for (std::size_t i = 0; i < count; ++i) chosen.push_back(i);
  }
  for (std::size_t index : chosen) {
    if (index >= split.size()) {
      throw Error("evaluation: sample " + std::to_string(index) + " is outside split '" +
                  options.split + "' of " + std::to_string(split.size()) + " samples");
    }
  }
  EvaluationResult result;
  result.split = options.split;
  result.variant = maskingVariantName(options.beam.variant);
  result.beams = options.beam.beams;
  const std::size_t batchSize = std::max<std::size_t>(1, options.batchSize);
  for (std::size_t begin = 0; begin < chosen.size(); begin += batchSize) {
    const std::size_t end = std::min(chosen.size(), begin + batchSize);
    std::vector<std::vector<ItemId>> histories;
    for (std::size_t i = begin; i < end; ++i) histories.push_back(split[chosen[i]].history());
    const auto lists = recommend(histories, options.beam, options.cutoffTokens);
    for (std::size_t i = begin; i < end; ++i)
      result.samples.push_back(
          scoreSample(dataset_, split[chosen[i]], chosen[i], lists[i - begin]));
    if (progress && !progress(end, chosen.size()) && end < chosen.size()) {
      result.cancelled = true;
      break;
    }
  }
  computeEvaluationMetrics(result, dataset_, catalogTrie_.items(), options.popularitySplit);
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace msl
