#pragma once
// The model-independent description of a batch's target positions ("rows"): for each row the
// target token y, its sorted valid set V_t (CSR: offsets + tokens), the sample it belongs to and
// whether it is the sample's first target position (ATS estimates τ there). Row r pairs with
// row r of the hidden states h [N, H] that the losses receive.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "trie/target_masks.h"
#include "trie/title_trie.h"

namespace msl {

class TargetRows {
 public:
  // `valid` must be sorted ascending without duplicates (trie slices are); it is copied.
  void append(TokenId target, TokenSlice valid, std::int64_t sample, bool firstPosition);
  // Every target position of the given samples, in order.
  static TargetRows fromMasks(const TargetMasks& masks, const std::vector<std::size_t>& samples);

  std::size_t size() const { return targets_.size(); }
  TokenId target(std::size_t row) const { return targets_[row]; }
  TokenSlice valid(std::size_t row) const;
  std::size_t validCount(std::size_t row) const { return offsets_[row + 1] - offsets_[row]; }
  std::int64_t sample(std::size_t row) const { return samples_[row]; }
  bool isFirstPosition(std::size_t row) const { return firstPositions_[row] != 0; }
  std::size_t totalValid() const { return tokens_.size(); }
  std::size_t singleValidCount() const;

  // Throws msl::Error naming the row, token and sample of the first target outside its valid set
  // (tokenization drift would cause this; the reference's loss becomes infinite there).
  void checkTargetsValid() const;
  // The first row whose target is outside its valid set; nullopt when every target is valid.
  std::optional<std::size_t> firstRowWithInvalidTarget() const;
  // Throws msl::Error when a target or valid token is outside [0, vocabSize).
  void checkVocabulary(std::int64_t vocabSize) const;

 private:
  std::vector<TokenId> targets_;
  std::vector<std::size_t> offsets_{0};  // size() + 1 offsets into tokens_
  std::vector<TokenId> tokens_;
  std::vector<std::int64_t> samples_;
  std::vector<char> firstPositions_;
};

}  // namespace msl
