#pragma once
// Tokenization drift (MSL.md, "Do better"): the trie tokenizes each title on its own, while the
// reference tokenizes prompt + target as one string. Where a merge crosses the boundary, the
// target's tokens inside the full text differ from the trie's, the target leaves the trie and
// the reference's loss becomes inf/NaN. We detect and count such samples; training targets are
// always the trie's own ids (CatalogTrie::targetTokens), so they agree by construction.
#include <cstddef>
#include <vector>

#include "data/catalog.h"
#include "data/prompt_builder.h"
#include "data/sample.h"
#include "trie/catalog_trie.h"

namespace msl {

struct DriftExample {
  std::size_t sample = 0;
  std::string userId;
  ItemId target = 0;
  std::vector<TokenId> trieTokens;       // quoted title as the trie has it (no EOS)
  std::vector<TokenId> inContextTokens;  // the same text's tokens inside prompt + target
};

struct DriftReport {
  std::size_t samples = 0;
  std::size_t drifted = 0;  // target tokens inside the full text differ from the trie's
  // Of those, how many the reference would send outside the trie (an empty valid set: inf loss).
  std::size_t leavesTrie = 0;
  std::vector<DriftExample> examples;
};

// Checks every sample by encoding its prompt alone and prompt + quoted target together.
DriftReport detectTokenizationDrift(const std::vector<Sample>& samples, const Catalog& catalog,
                                    const PromptBuilder& prompts, const CatalogTrie& trie,
                                    const TextEncoder& encode, std::size_t maxExamples = 10);

}  // namespace msl
