#pragma once
// The text a tokenizer for a dataset should learn: every title as the title trie tokenizes it
// (in double quotes) and the full prompt of every sample of the training split.
#include <string>
#include <vector>

#include "data/dataset.h"

namespace msl {

struct TokenizerCorpus {
  std::vector<std::string> texts;
  std::size_t titles = 0;
  std::size_t prompts = 0;
  std::string split;
};

// The reference's 10k training sample when present, else "train", else the first split.
// Throws msl::Error when the dataset has no splits.
std::string defaultTrainingSplit(const Dataset& dataset);

// split "" = defaultTrainingSplit(dataset).
TokenizerCorpus tokenizerCorpus(const Dataset& dataset, const std::string& split = "");

}  // namespace msl
