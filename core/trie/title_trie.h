#pragma once
// Prefix tree over token sequences (MSL.md: every title tokenized as "\"{title}\"" + EOS).
// Stored as CSR in breadth-first order: a node's children are one contiguous, sorted slice of
// childTokens_/childNodes_, so "which tokens may come next" is a pointer and a length, shared
// by every sample whose target passes through that node.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "tokenizer/tokenizer.h"

namespace msl {

using TrieNodeId = std::int32_t;

struct TokenSlice {
  const TokenId* data = nullptr;
  std::size_t size = 0;
  const TokenId* begin() const { return data; }
  const TokenId* end() const { return data + size; }
  bool contains(TokenId token) const;
};

struct TrieStatistics {
  std::size_t nodes = 0;
  std::size_t sequences = 0;
  std::size_t distinctSequences = 0;
  std::size_t maxDepth = 0;
  double meanDepth = 0;                // mean sequence length
  std::size_t firstPositionValid = 0;  // n: distinct first tokens
  std::size_t maxBranching = 0;
  std::vector<std::size_t> sequenceLengthHistogram;  // [length] -> sequences
  std::size_t bytesUsed = 0;
};

class TitleTrie {
 public:
  static constexpr TrieNodeId kRoot = 0;

  // Builds from token sequences; sequence i ends at terminal(i). Empty sequences are rejected.
  static TitleTrie build(const std::vector<std::vector<TokenId>>& sequences);

  TokenSlice children(TrieNodeId node) const;
  std::optional<TrieNodeId> child(TrieNodeId node, TokenId token) const;
  // Follows `tokens` from the root; nullopt when the prefix leaves the trie.
  std::optional<TrieNodeId> walk(const std::vector<TokenId>& tokens) const;
  std::size_t depth(TrieNodeId node) const { return depth_[node]; }
  // Node reached after the whole of sequence i (a leaf when sequences end with EOS).
  TrieNodeId terminal(std::size_t sequence) const { return terminals_[sequence]; }

  std::size_t nodeCount() const { return depth_.size(); }
  std::size_t bytesUsed() const;
  TrieStatistics statistics() const;

 private:
  std::vector<std::uint32_t> childBegin_;  // nodeCount + 1 offsets into childTokens_/childNodes_
  std::vector<TokenId> childTokens_;
  std::vector<TrieNodeId> childNodes_;
  std::vector<std::uint16_t> depth_;
  std::vector<TrieNodeId> terminals_;
};

}  // namespace msl
