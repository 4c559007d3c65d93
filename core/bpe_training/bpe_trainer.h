#pragma once
// Learns a byte-level BPE vocabulary from a corpus the way Hugging Face's BpeTrainer does:
// Llama-3 pre-tokenization, 256 byte symbols, then the most frequent adjacent pair is merged
// until the vocabulary is full or no pair occurs minFrequency times. It does not normalise
// text, cap token length or learn continuing-subword prefixes.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bpe_training/byte_level_bpe.h"
#include "bpe_training/llama3_pre_tokenizer.h"

namespace msl {

struct BpeTrainingOptions {
  std::size_t vocabSize = 4096;  // bytes + merged tokens + special tokens
  std::size_t minFrequency = 2;
  // Appended after the learnt tokens (ids vocabSize - 3 .. with the defaults). The writer
  // treats the first as BOS, the second as EOS and the third as padding.
  std::vector<std::string> specialTokens = {"<|begin_of_text|>", "<|end_of_text|>", "<|pad|>"};
};

// Called after each merge with the tokens learnt so far and the number wanted; returning false
// cancels training (train() then throws msl::Cancelled).
using BpeTrainingProgress = std::function<bool(std::size_t tokensLearnt, std::size_t tokensWanted)>;

class BpeTrainer {
 public:
  // Throws msl::Error when vocabSize cannot hold the 256 bytes and the special tokens.
  explicit BpeTrainer(BpeTrainingOptions options = {});

  // Adds `count` occurrences of `text`; special tokens inside it are cut out, as encoding does.
  void addText(std::string_view text, std::uint64_t count = 1);
  void addTexts(const std::vector<std::string>& texts);

  std::size_t distinctWordCount() const { return wordCounts_.size(); }
  const BpeTrainingOptions& options() const { return options_; }

  ByteLevelBpe train(const BpeTrainingProgress& progress = {}) const;

 private:
  BpeTrainingOptions options_;
  Llama3PreTokenizer preTokenizer_;
  std::unordered_map<std::string, std::uint64_t> wordCounts_;
};

}  // namespace msl
