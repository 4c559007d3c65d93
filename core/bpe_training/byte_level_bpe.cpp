#include "bpe_training/byte_level_bpe.h"

#include <limits>

#include "tokenizer/byte_level.h"
#include "bpe_training/special_token_splitter.h"
#include "common/error.h"

namespace msl {
namespace {

constexpr std::size_t kByteTokenCount = 256;

void checkPieces(const std::vector<std::string>& tokenBytes, const std::vector<BpeMerge>& merges) {
  if (tokenBytes.size() < kByteTokenCount) {
    throw Error("byte-level BPE: expected at least 256 byte tokens, got " +
                std::to_string(tokenBytes.size()));
  }
  for (std::size_t byte = 0; byte < kByteTokenCount; ++byte) {
    if (tokenBytes[byte] != std::string(1, static_cast<char>(byte))) {
      throw Error("byte-level BPE: token " + std::to_string(byte) + " must be the single byte " +
                  std::to_string(byte));
    }
  }
  const auto known = [&](TokenId id) {
    return id >= 0 && static_cast<std::size_t>(id) < tokenBytes.size();
  };
  for (std::size_t rank = 0; rank < merges.size(); ++rank) {
    const BpeMerge& merge = merges[rank];
    if (!known(merge.left) || !known(merge.right) || !known(merge.merged) ||
        tokenBytes[merge.merged] != tokenBytes[merge.left] + tokenBytes[merge.right]) {
      throw Error("byte-level BPE: merge " + std::to_string(rank) +
                  " does not join two known tokens into a known token");
    }
  }
}

}  // namespace

ByteLevelBpe::ByteLevelBpe(std::vector<std::string> tokenBytes, std::vector<BpeMerge> merges,
                           std::vector<std::string> specialTokens)
    : tokenBytes_(std::move(tokenBytes)),
      merges_(std::move(merges)),
      specialTokens_(std::move(specialTokens)) {
  checkPieces(tokenBytes_, merges_);
  for (std::size_t rank = 0; rank < merges_.size(); ++rank) {
    const BpeMerge& merge = merges_[rank];
    mergeByPair_.emplace(pairKey(merge.left, merge.right), RankedMerge{rank, merge.merged});
  }
}

std::optional<TokenId> ByteLevelBpe::specialTokenId(std::string_view content) const {
  for (std::size_t index = 0; index < specialTokens_.size(); ++index) {
    if (specialTokens_[index] == content) {
      return static_cast<TokenId>(tokenBytes_.size() + index);
    }
  }
  return std::nullopt;
}

std::string ByteLevelBpe::vocabularyString(TokenId id) const {
  if (id < 0 || static_cast<std::size_t>(id) >= vocabSize()) {
    throw Error("byte-level BPE: token id " + std::to_string(id) + " is outside the vocabulary");
  }
  const auto index = static_cast<std::size_t>(id);
  if (index < tokenBytes_.size()) return byte_level::toText(tokenBytes_[index]);
  return specialTokens_[index - tokenBytes_.size()];
}

std::vector<TokenId> ByteLevelBpe::encode(std::string_view text) const {
  std::vector<TokenId> ids;
  for (const TextSegment& segment : splitOnSpecialTokens(text, specialTokens_)) {
    if (segment.specialIndex) {
      ids.push_back(static_cast<TokenId>(tokenBytes_.size() + *segment.specialIndex));
      continue;
    }
    for (const std::string_view piece : preTokenizer_.split(segment.text)) encodePiece(piece, ids);
  }
  return ids;
}

// Repeatedly applies the lowest-ranked merge present, leftmost first on equal rank: the order
// in which Hugging Face's BPE (Rust and JS) merges a word.
void ByteLevelBpe::encodePiece(std::string_view piece, std::vector<TokenId>& out) const {
  std::vector<TokenId> symbols(piece.begin(), piece.end());
  for (TokenId& symbol : symbols) symbol = static_cast<unsigned char>(symbol);
  while (symbols.size() > 1) {
    std::size_t bestRank = std::numeric_limits<std::size_t>::max();
    std::size_t bestPosition = 0;
    TokenId bestMerged = 0;
    for (std::size_t i = 0; i + 1 < symbols.size(); ++i) {
      const auto found = mergeByPair_.find(pairKey(symbols[i], symbols[i + 1]));
      if (found != mergeByPair_.end() && found->second.rank < bestRank) {
        bestRank = found->second.rank;
        bestPosition = i;
        bestMerged = found->second.merged;
      }
    }
    if (bestRank == std::numeric_limits<std::size_t>::max()) break;
    symbols[bestPosition] = bestMerged;
    symbols.erase(symbols.begin() + static_cast<std::ptrdiff_t>(bestPosition) + 1);
  }
  out.insert(out.end(), symbols.begin(), symbols.end());
}

std::string ByteLevelBpe::decode(const std::vector<TokenId>& ids) const {
  std::string bytes;
  for (const TokenId id : ids) {
    if (id < 0 || static_cast<std::size_t>(id) >= vocabSize()) {
      throw Error("byte-level BPE: cannot decode id " + std::to_string(id) + " (vocabulary has " +
                  std::to_string(vocabSize()) + " tokens)");
    }
    const auto index = static_cast<std::size_t>(id);
    bytes += index < tokenBytes_.size() ? tokenBytes_[index]
                                        : specialTokens_[index - tokenBytes_.size()];
  }
  return bytes;
}

}  // namespace msl
