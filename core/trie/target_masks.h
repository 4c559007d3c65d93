#pragma once
// Sparse valid-token sets for every target position of every sample of a split.
// The valid set at position t is the children of the trie node reached by the first t target
// tokens, so a sample stores only which item path it follows; the sets themselves are slices of
// the trie shared by all samples. The reference instead allocates a dense bool [T x V] per sample.
#include <cstdint>
#include <vector>

#include "data/sample.h"
#include "trie/catalog_trie.h"

namespace msl {

struct MaskMemory {
  std::size_t sparseBytes = 0;  // trie + item paths + per-sample references
  std::size_t denseBytes = 0;   // the reference: one byte per (target position, vocabulary token)
  double ratio() const { return sparseBytes ? static_cast<double>(denseBytes) / sparseBytes : 0; }
};

class TargetMasks {
 public:
  // Throws msl::Error naming the sample and the item when a target is not in the catalog.
  static TargetMasks build(const CatalogTrie& trie, const std::vector<Sample>& samples);

  std::size_t sampleCount() const { return pathOfSample_.size(); }
  std::size_t targetLength(std::size_t sample) const;
  TokenId targetToken(std::size_t sample, std::size_t position) const;
  TokenSlice validTokens(std::size_t sample, std::size_t position) const;
  std::size_t validCount(std::size_t sample, std::size_t position) const {
    return validTokens(sample, position).size;
  }
  MaskMemory memory(std::size_t vocabSize) const;

 private:
  const CatalogTrie* trie_ = nullptr;
  // Nodes visited by each distinct target item: pathBegin_[p]..pathBegin_[p+1] in pathNodes_,
  // the node *before* each target token (root first).
  std::vector<std::uint32_t> pathBegin_;
  std::vector<TrieNodeId> pathNodes_;
  std::vector<const std::vector<TokenId>*> pathTokens_;
  std::vector<std::uint32_t> pathOfSample_;
};

}  // namespace msl
