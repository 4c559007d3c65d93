#pragma once
// The BPE model (tokenizer.json "model" of type BPE): vocabulary, merge ranks keyed by pairs of
// ids, byte fallback, unknown-token fusing, ignore_merges, and a bounded per-piece cache.
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/json_reader.h"

namespace msl {

using TokenId = std::int32_t;

class BpeModel {
 public:
  explicit BpeModel(const JsonReader& model);
  BpeModel(const BpeModel&) = delete;
  BpeModel& operator=(const BpeModel&) = delete;

  // Let encode() take raw bytes and map them through the ByteLevel alphabet itself.
  void acceptRawBytes() { rawBytes_ = true; }

  // Appends the ids of one pre-tokenized piece.
  void encode(std::string_view piece, std::vector<TokenId>& out) const;

  std::optional<TokenId> tokenToId(std::string_view token) const;
  const std::string* idToToken(TokenId id) const;  // nullptr when the id is unused
  TokenId maxId() const { return static_cast<TokenId>(vocab_.size()) - 1; }
  std::optional<TokenId> unkId() const { return unkId_; }

 private:
  struct Merge {
    std::int32_t rank;
    TokenId merged;
  };
  static std::uint64_t pairKey(TokenId a, TokenId b) {
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(a)) << 32) |
           static_cast<std::uint32_t>(b);
  }
  void encodeUncached(std::string_view piece, std::vector<TokenId>& out) const;
  void pushUnknown(std::vector<TokenId>& symbols, bool& lastWasUnk) const;

  std::vector<std::string> vocab_;  // id -> token; never resized after construction
  std::vector<bool> used_;
  std::unordered_map<std::string_view, TokenId> ids_;
  std::unordered_map<std::uint64_t, Merge> merges_;
  std::optional<TokenId> unkId_;
  std::string endOfWordSuffix_;
  bool fuseUnk_ = false;
  bool byteFallback_ = false;
  bool ignoreMerges_ = false;
  bool rawBytes_ = false;
  TokenId byteFallbackIds_[256];  // <0xXX> tokens, -1 when absent
  TokenId byteLevelIds_[256];     // ByteLevel characters, -1 when absent

  static constexpr std::size_t kCacheCapacity = 200000;
  static constexpr std::size_t kMaxCachedPieceBytes = 256;
  mutable std::mutex cacheMutex_;
  mutable std::unordered_map<std::string, std::vector<TokenId>> cache_;
};

}  // namespace msl
