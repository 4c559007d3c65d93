#include "training/encoded_sample.h"

#include <algorithm>

#include "common/error.h"
#include "data/prompt_builder.h"

namespace msl {

std::vector<EncodedSample> encodeSamples(const Dataset& dataset, const std::vector<Sample>& samples,
                                         const Tokenizer& tokenizer, const CatalogTrie& trie,
                                         std::size_t cutoffTokens) {
  const PromptBuilder builder(dataset.wording);
  const auto countTokens = [&](std::string_view text) {
    return tokenizer.encode(text, /*addSpecialTokens=*/true).size();
  };
  std::vector<EncodedSample> encoded;
  encoded.reserve(samples.size());
  for (std::size_t i = 0; i < samples.size(); ++i) {
    const Sample& sample = samples[i];
    if (sample.itemIds.size() < 1) throw Error("sample " + std::to_string(i) + " has no items");
    std::vector<std::string> history;
    for (const ItemId item : sample.history()) history.push_back(dataset.catalog.title(item));
    EncodedSample out;
    out.sample = i;
    out.targetIds = trie.targetTokens(sample.target());
    const FittedPrompt fitted =
        builder.fitToBudget(history, out.targetIds.size(), cutoffTokens, countTokens);
    out.promptIds = tokenizer.encode(fitted.prompt, /*addSpecialTokens=*/true);
    out.droppedHistoryItems = fitted.droppedHistoryItems;
    out.fitsCutoff = fitted.fits;
    if (out.promptIds.empty())
      throw Error("sample " + std::to_string(i) + " (user " + sample.userId +
                  "): the prompt encodes to no tokens");
    encoded.push_back(std::move(out));
  }
  return encoded;
}

EncodingSummary summarizeEncoding(const std::vector<EncodedSample>& encoded) {
  EncodingSummary summary;
  summary.samples = encoded.size();
  double total = 0;
  for (const auto& sample : encoded) {
    summary.trimmedSamples += sample.droppedHistoryItems > 0;
    summary.droppedItems += sample.droppedHistoryItems;
    summary.overCutoffSamples += !sample.fitsCutoff;
    summary.maxInputLength = std::max(summary.maxInputLength, sample.inputLength());
    total += static_cast<double>(sample.inputLength());
  }
  summary.meanInputLength = encoded.empty() ? 0 : total / static_cast<double>(encoded.size());
  return summary;
}

}  // namespace msl
