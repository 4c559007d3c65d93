#include "losses/target_rows.h"

#include <algorithm>
#include <string>

#include "common/error.h"

namespace msl {

void TargetRows::append(TokenId target, TokenSlice valid, std::int64_t sample, bool firstPosition) {
  if (!std::is_sorted(valid.begin(), valid.end()) ||
      std::adjacent_find(valid.begin(), valid.end()) != valid.end()) {
    throw Error("target row " + std::to_string(targets_.size()) + " (sample " +
                std::to_string(sample) + "): valid tokens must be sorted and distinct");
  }
  targets_.push_back(target);
  tokens_.insert(tokens_.end(), valid.begin(), valid.end());
  offsets_.push_back(tokens_.size());
  samples_.push_back(sample);
  firstPositions_.push_back(firstPosition ? 1 : 0);
}

TargetRows TargetRows::fromMasks(const TargetMasks& masks,
                                 const std::vector<std::size_t>& samples) {
  TargetRows rows;
  for (std::size_t sample : samples) {
    if (sample >= masks.sampleCount()) {
      throw Error("target rows: sample " + std::to_string(sample) + " is out of range (" +
                  std::to_string(masks.sampleCount()) + " samples)");
    }
    for (std::size_t t = 0; t < masks.targetLength(sample); ++t) {
      rows.append(masks.targetToken(sample, t), masks.validTokens(sample, t),
                  static_cast<std::int64_t>(sample), t == 0);
    }
  }
  return rows;
}

TokenSlice TargetRows::valid(std::size_t row) const {
  return TokenSlice{tokens_.data() + offsets_[row], validCount(row)};
}

std::size_t TargetRows::singleValidCount() const {
  std::size_t count = 0;
  for (std::size_t row = 0; row < size(); ++row) count += validCount(row) == 1 ? 1 : 0;
  return count;
}

std::optional<std::size_t> TargetRows::firstRowWithInvalidTarget() const {
  for (std::size_t row = 0; row < size(); ++row) {
    const TokenSlice slice = valid(row);
    if (!std::binary_search(slice.begin(), slice.end(), targets_[row])) return row;
  }
  return std::nullopt;
}

void TargetRows::checkTargetsValid() const {
  const auto row = firstRowWithInvalidTarget();
  if (!row) return;
  throw Error("target row " + std::to_string(*row) + " of sample " +
              std::to_string(samples_[*row]) + ": target token " + std::to_string(targets_[*row]) +
              " is not among its " + std::to_string(valid(*row).size) +
              " valid tokens (tokenization drift between trie and training text?)");
}

void TargetRows::checkVocabulary(std::int64_t vocabSize) const {
  auto outside = [vocabSize](TokenId token) { return token < 0 || token >= vocabSize; };
  for (std::size_t row = 0; row < size(); ++row) {
    const TokenSlice slice = valid(row);
    const TokenId* bad = std::find_if(slice.begin(), slice.end(), outside);
    if (outside(targets_[row]) || bad != slice.end()) {
      throw Error("target row " + std::to_string(row) + " of sample " +
                  std::to_string(samples_[row]) + ": token " +
                  std::to_string(outside(targets_[row]) ? targets_[row] : *bad) +
                  " is outside the LM head's vocabulary of " + std::to_string(vocabSize));
    }
  }
}

}  // namespace msl
