#include "trie/tokenization_drift.h"

#include <algorithm>

namespace msl {

DriftReport detectTokenizationDrift(const std::vector<Sample>& samples, const Catalog& catalog,
                                    const PromptBuilder& prompts, const CatalogTrie& trie,
                                    const TextEncoder& encode, std::size_t maxExamples) {
  DriftReport report;
  for (std::size_t s = 0; s < samples.size(); ++s) {
    const Sample& sample = samples[s];
    std::vector<std::string> history;
    for (ItemId id : sample.history()) history.push_back(catalog.title(id));
    const std::string& targetTitle = catalog.title(sample.target());
    // The reference takes the label boundary at the length of the prompt's own tokens.
    const std::vector<TokenId> promptIds = encode(prompts.prompt(history));
    const std::vector<TokenId> fullIds = encode(prompts.fullText(history, targetTitle));
    const std::vector<TokenId>& target = trie.targetTokens(sample.target());
    const std::vector<TokenId> trieTitle(target.begin(), target.end() - 1);  // without EOS
    std::vector<TokenId> inContext;
    if (fullIds.size() > promptIds.size()) {
      inContext.assign(fullIds.begin() + static_cast<std::ptrdiff_t>(promptIds.size()),
                       fullIds.end());
    }
    ++report.samples;
    if (inContext == trieTitle) continue;
    ++report.drifted;
    std::vector<TokenId> referenceTarget = inContext;
    referenceTarget.push_back(trie.eos());
    if (!trie.trie().walk(referenceTarget)) ++report.leavesTrie;
    if (report.examples.size() < maxExamples) {
      report.examples.push_back({s, sample.userId, sample.target(), trieTitle, inContext});
    }
  }
  return report;
}

}  // namespace msl
