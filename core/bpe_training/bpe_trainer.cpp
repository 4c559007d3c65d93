#include "bpe_training/bpe_trainer.h"

#include <algorithm>
#include <queue>

#include "bpe_training/special_token_splitter.h"
#include "common/error.h"
#include "tokenizer/byte_level.h"

namespace msl {
namespace {

constexpr std::size_t kByteTokenCount = 256;

struct Word {
  std::vector<TokenId> symbols;
  std::int64_t count = 0;
};

struct PairCandidate {
  std::int64_t count = 0;
  TokenId left = 0;
  TokenId right = 0;
};

// The merge state: words as symbol sequences, how often each adjacent pair occurs, and which
// words contain it, so that a merge only revisits the words it changes.
class MergeState {
 public:
  explicit MergeState(const std::unordered_map<std::string, std::uint64_t>& wordCounts) {
    tokenBytes_.reserve(kByteTokenCount);
    for (std::size_t byte = 0; byte < kByteTokenCount; ++byte) {
      tokenBytes_.emplace_back(1, static_cast<char>(byte));
      tokenSymbols_.push_back(byte_level::byteToText()[static_cast<unsigned char>(byte)]);
      idOfBytes_.emplace(tokenBytes_.back(), static_cast<TokenId>(byte));
    }
    words_.reserve(wordCounts.size());
    for (const auto& [text, count] : wordCounts) {
      Word word;
      word.count = static_cast<std::int64_t>(count);
      for (const char byte : text) word.symbols.push_back(static_cast<unsigned char>(byte));
      words_.push_back(std::move(word));
    }
    for (std::uint32_t index = 0; index < words_.size(); ++index) {
      const Word& word = words_[index];
      for (std::size_t i = 0; i + 1 < word.symbols.size(); ++i) {
        const std::uint64_t key = pairKey(word.symbols[i], word.symbols[i + 1]);
        pairCounts_[key] += word.count;
        wordsWithPair_[key].push_back(index);
      }
    }
  }

  std::int64_t countOf(TokenId left, TokenId right) const {
    const auto found = pairCounts_.find(pairKey(left, right));
    return found == pairCounts_.end() ? 0 : found->second;
  }

  std::vector<PairCandidate> allPairs() const {
    std::vector<PairCandidate> pairs;
    pairs.reserve(pairCounts_.size());
    for (const auto& [key, count] : pairCounts_) {
      pairs.push_back({count, static_cast<TokenId>(key >> 32), static_cast<TokenId>(key)});
    }
    return pairs;
  }

  // More frequent first; on equal counts the lexicographically smaller (left, right) spelling.
  bool ranksBefore(const PairCandidate& a, const PairCandidate& b) const {
    if (a.count != b.count) return a.count > b.count;
    const int byLeft = tokenSymbols_[a.left].compare(tokenSymbols_[b.left]);
    if (byLeft != 0) return byLeft < 0;
    return tokenSymbols_[a.right] < tokenSymbols_[b.right];
  }

  // Joins every occurrence of (left, right); returns the merged token's id and appends the
  // pairs whose counts grew (each with its new count) to `grownPairs`.
  TokenId merge(TokenId left, TokenId right, std::vector<PairCandidate>& grownPairs) {
    const TokenId merged = idFor(tokenBytes_[left] + tokenBytes_[right]);
    const std::uint64_t mergedKey = pairKey(left, right);
    std::vector<std::uint32_t> affected = std::move(wordsWithPair_[mergedKey]);
    wordsWithPair_.erase(mergedKey);
    std::sort(affected.begin(), affected.end());
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());

    std::unordered_map<std::uint64_t, std::int64_t> delta;
    for (const std::uint32_t index : affected) {
      Word& word = words_[index];
      if (!mergeInWord(word.symbols, left, right, merged, delta, word.count)) continue;
      for (std::size_t i = 0; i + 1 < word.symbols.size(); ++i) {
        if (word.symbols[i] == merged || word.symbols[i + 1] == merged) {
          wordsWithPair_[pairKey(word.symbols[i], word.symbols[i + 1])].push_back(index);
        }
      }
    }
    for (const auto& [key, change] : delta) {
      if (change == 0) continue;
      std::int64_t& count = pairCounts_[key];
      count += change;
      if (change > 0) {
        grownPairs.push_back({count, static_cast<TokenId>(key >> 32), static_cast<TokenId>(key)});
      }
      if (count <= 0) pairCounts_.erase(key);
    }
    return merged;
  }

  std::vector<std::string> takeTokenBytes() { return std::move(tokenBytes_); }

 private:
  TokenId idFor(const std::string& bytes) {
    const auto found = idOfBytes_.find(bytes);
    if (found != idOfBytes_.end()) return found->second;
    const auto id = static_cast<TokenId>(tokenBytes_.size());
    tokenBytes_.push_back(bytes);
    tokenSymbols_.push_back(byte_level::toText(bytes));
    idOfBytes_.emplace(bytes, id);
    return id;
  }

  // Left-to-right, non-overlapping, as HF's Word::merge; records the word's pair count changes.
  static bool mergeInWord(std::vector<TokenId>& symbols, TokenId left, TokenId right,
                          TokenId merged, std::unordered_map<std::uint64_t, std::int64_t>& delta,
                          std::int64_t weight) {
    std::vector<TokenId> joined;
    joined.reserve(symbols.size());
    bool changed = false;
    for (std::size_t i = 0; i < symbols.size(); ++i) {
      if (i + 1 < symbols.size() && symbols[i] == left && symbols[i + 1] == right) {
        joined.push_back(merged);
        ++i;
        changed = true;
      } else {
        joined.push_back(symbols[i]);
      }
    }
    if (!changed) return false;
    for (std::size_t i = 0; i + 1 < symbols.size(); ++i) {
      delta[pairKey(symbols[i], symbols[i + 1])] -= weight;
    }
    for (std::size_t i = 0; i + 1 < joined.size(); ++i) {
      delta[pairKey(joined[i], joined[i + 1])] += weight;
    }
    symbols = std::move(joined);
    return true;
  }

  std::vector<Word> words_;
  std::vector<std::string> tokenBytes_;
  std::vector<std::string> tokenSymbols_;  // byte-level spelling, used for tie-breaking
  std::unordered_map<std::string, TokenId> idOfBytes_;
  std::unordered_map<std::uint64_t, std::int64_t> pairCounts_;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> wordsWithPair_;
};

}  // namespace

BpeTrainer::BpeTrainer(BpeTrainingOptions options) : options_(std::move(options)) {
  const std::size_t minimum = kByteTokenCount + options_.specialTokens.size();
  if (options_.vocabSize < minimum) {
    throw Error("BPE training: vocabulary size " + std::to_string(options_.vocabSize) +
                " is too small; it must hold the 256 byte tokens and " +
                std::to_string(options_.specialTokens.size()) + " special tokens (at least " +
                std::to_string(minimum) + ")");
  }
  for (std::size_t i = 0; i < options_.specialTokens.size(); ++i) {
    const std::string& special = options_.specialTokens[i];
    if (special.empty())
      throw Error("BPE training: special token " + std::to_string(i) + " is empty");
    if (std::count(options_.specialTokens.begin(), options_.specialTokens.end(), special) > 1) {
      throw Error("BPE training: special token '" + special + "' is listed twice");
    }
  }
}

void BpeTrainer::addText(std::string_view text, std::uint64_t count) {
  if (count == 0) return;
  for (const TextSegment& segment : splitOnSpecialTokens(text, options_.specialTokens)) {
    if (segment.specialIndex) continue;
    for (const std::string_view word : preTokenizer_.split(segment.text)) {
      wordCounts_[std::string(word)] += count;
    }
  }
}

void BpeTrainer::addTexts(const std::vector<std::string>& texts) {
  for (const std::string& text : texts) addText(text);
}

ByteLevelBpe BpeTrainer::train(const BpeTrainingProgress& progress) const {
  MergeState state(wordCounts_);
  const std::size_t learntTarget = options_.vocabSize - options_.specialTokens.size();
  const std::size_t tokensWanted = learntTarget - kByteTokenCount;
  const auto after = [&state](const PairCandidate& a, const PairCandidate& b) {
    return state.ranksBefore(b, a);
  };
  // Lazy invalidation: an entry whose count no longer matches the live count is stale and is
  // re-queued with the live count when it surfaces.
  std::priority_queue<PairCandidate, std::vector<PairCandidate>, decltype(after)> queue(
      after, state.allPairs());
  const auto minimumCount =
      static_cast<std::int64_t>(std::max<std::size_t>(options_.minFrequency, 1));
  std::vector<BpeMerge> merges;
  std::size_t learntTokens = kByteTokenCount;
  std::vector<PairCandidate> grownPairs;
  while (learntTokens < learntTarget && !queue.empty()) {
    PairCandidate top = queue.top();
    queue.pop();
    const std::int64_t live = state.countOf(top.left, top.right);
    if (live != top.count) {
      if (live > 0) queue.push({live, top.left, top.right});
      continue;
    }
    if (top.count < minimumCount) break;
    grownPairs.clear();
    const TokenId merged = state.merge(top.left, top.right, grownPairs);
    merges.push_back({top.left, top.right, merged});
    learntTokens = std::max(learntTokens, static_cast<std::size_t>(merged) + 1);
    for (const PairCandidate& grown : grownPairs) queue.push(grown);
    if (progress && !progress(learntTokens - kByteTokenCount, tokensWanted)) {
      throw Cancelled("BPE training cancelled after " + std::to_string(merges.size()) + " merges");
    }
  }
  return ByteLevelBpe(state.takeTokenBytes(), std::move(merges), options_.specialTokens);
}

}  // namespace msl
