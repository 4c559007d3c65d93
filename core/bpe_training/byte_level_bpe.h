#pragma once
// A trained byte-level BPE vocabulary: ids 0..255 are the single bytes (id = byte value), then
// the tokens created by merges, then the special tokens. encode() applies the merges by rank
// exactly as Hugging Face's BPE model does, so its ids can be compared with the library's.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bpe_training/llama3_pre_tokenizer.h"

namespace msl {

using TokenId = std::int32_t;

struct BpeMerge {
  TokenId left = 0;
  TokenId right = 0;
  TokenId merged = 0;  // the token spelling left + right; several merges may share it
};

class ByteLevelBpe {
 public:
  // tokenBytes[id] holds each learnt token's raw bytes (the first 256 are the single bytes);
  // merges are in rank order. Throws msl::Error when the pieces do not fit together.
  ByteLevelBpe(std::vector<std::string> tokenBytes, std::vector<BpeMerge> merges,
               std::vector<std::string> specialTokens);

  std::size_t vocabSize() const { return tokenBytes_.size() + specialTokens_.size(); }
  std::size_t learntTokenCount() const { return tokenBytes_.size(); }
  const std::vector<BpeMerge>& merges() const { return merges_; }
  const std::vector<std::string>& specialTokens() const { return specialTokens_; }
  std::optional<TokenId> specialTokenId(std::string_view content) const;

  // The spelling in tokenizer.json: byte-level symbols for learnt tokens, verbatim for specials.
  std::string vocabularyString(TokenId id) const;

  // Special tokens in the text map to their ids; no BOS is added.
  std::vector<TokenId> encode(std::string_view text) const;
  // Concatenated bytes of the tokens (special tokens as their text).
  std::string decode(const std::vector<TokenId>& ids) const;

 private:
  void encodePiece(std::string_view piece, std::vector<TokenId>& out) const;

  std::vector<std::string> tokenBytes_;
  std::vector<BpeMerge> merges_;
  std::vector<std::string> specialTokens_;
  struct RankedMerge {
    std::size_t rank;
    TokenId merged;
  };
  std::unordered_map<std::uint64_t, RankedMerge> mergeByPair_;
  Llama3PreTokenizer preTokenizer_;
};

// The key under which a (left, right) pair is stored in hash maps.
inline std::uint64_t pairKey(TokenId left, TokenId right) {
  return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(left)) << 32) |
         static_cast<std::uint32_t>(right);
}

}  // namespace msl
