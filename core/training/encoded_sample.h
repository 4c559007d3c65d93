#pragma once
// A training sample as token ids: the prompt (tokenized with the tokenizer's special tokens, its
// history trimmed from the oldest item to fit the cutoff) and the target from the title trie
// (quoted title + EOS: always the trie's own ids, so the target never leaves the trie).
#include <cstddef>
#include <string>
#include <vector>

#include "data/dataset.h"
#include "tokenizer/tokenizer.h"
#include "trie/catalog_trie.h"

namespace msl {

struct EncodedSample {
  std::vector<TokenId> promptIds;
  std::vector<TokenId> targetIds;  // ends with EOS
  std::size_t sample = 0;          // index in the split (and in its TargetMasks)
  std::size_t droppedHistoryItems = 0;
  bool fitsCutoff = true;  // false: even the empty-history prompt + target exceed the cutoff

  // Model input length: the prompt and every target token but the last (EOS is only predicted).
  std::size_t inputLength() const { return promptIds.size() + targetIds.size() - 1; }
};

struct EncodingSummary {
  std::size_t samples = 0;
  std::size_t trimmedSamples = 0;  // lost at least one history item to the cutoff
  std::size_t droppedItems = 0;
  std::size_t overCutoffSamples = 0;  // longer than the cutoff even without history
  std::size_t maxInputLength = 0;
  double meanInputLength = 0;
};

std::vector<EncodedSample> encodeSamples(const Dataset& dataset, const std::vector<Sample>& samples,
                                         const Tokenizer& tokenizer, const CatalogTrie& trie,
                                         std::size_t cutoffTokens);

EncodingSummary summarizeEncoding(const std::vector<EncodedSample>& encoded);

}  // namespace msl
