#include "trie/title_trie.h"

#include <algorithm>
#include <map>
#include <set>

#include "common/error.h"

namespace msl {

bool TokenSlice::contains(TokenId token) const {
  return std::binary_search(begin(), end(), token);
}

TitleTrie TitleTrie::build(const std::vector<std::vector<TokenId>>& sequences) {
  // First a pointer-free build trie (child maps), then a breadth-first renumbering into CSR.
  std::vector<std::map<TokenId, std::int32_t>> buildChildren(1);
  std::vector<std::int32_t> buildTerminals;
  buildTerminals.reserve(sequences.size());
  for (std::size_t i = 0; i < sequences.size(); ++i) {
    if (sequences[i].empty())
      throw Error("title trie: sequence " + std::to_string(i) + " is empty");
    if (sequences[i].size() > 65535)
      throw Error("title trie: sequence " + std::to_string(i) + " is too long");
    std::int32_t node = 0;
    for (TokenId token : sequences[i]) {
      auto [it, inserted] = buildChildren[node].emplace(token, 0);
      if (inserted) {
        it->second = static_cast<std::int32_t>(buildChildren.size());
        buildChildren.emplace_back();
      }
      node = it->second;
    }
    buildTerminals.push_back(node);
  }

  TitleTrie trie;
  const std::size_t nodeCount = buildChildren.size();
  std::vector<TrieNodeId> renumbered(nodeCount, -1);
  std::vector<std::int32_t> order;
  order.reserve(nodeCount);
  order.push_back(0);
  renumbered[0] = 0;
  trie.depth_.assign(nodeCount, 0);
  trie.childBegin_.reserve(nodeCount + 1);
  trie.childTokens_.reserve(nodeCount - 1);
  trie.childNodes_.reserve(nodeCount - 1);
  for (std::size_t head = 0; head < order.size(); ++head) {
    const std::int32_t oldNode = order[head];
    trie.childBegin_.push_back(static_cast<std::uint32_t>(trie.childTokens_.size()));
    for (const auto& [token, oldChild] : buildChildren[oldNode]) {  // std::map: sorted tokens
      const auto newChild = static_cast<TrieNodeId>(order.size());
      renumbered[oldChild] = newChild;
      trie.depth_[newChild] = static_cast<std::uint16_t>(trie.depth_[head] + 1);
      order.push_back(oldChild);
      trie.childTokens_.push_back(token);
      trie.childNodes_.push_back(newChild);
    }
  }
  trie.childBegin_.push_back(static_cast<std::uint32_t>(trie.childTokens_.size()));
  trie.terminals_.reserve(buildTerminals.size());
  for (std::int32_t old : buildTerminals) trie.terminals_.push_back(renumbered[old]);
  return trie;
}

TokenSlice TitleTrie::children(TrieNodeId node) const {
  const std::uint32_t begin = childBegin_[node];
  return {childTokens_.data() + begin, childBegin_[node + 1] - begin};
}

std::optional<TrieNodeId> TitleTrie::child(TrieNodeId node, TokenId token) const {
  const TokenSlice slice = children(node);
  const TokenId* found = std::lower_bound(slice.begin(), slice.end(), token);
  if (found == slice.end() || *found != token) return std::nullopt;
  return childNodes_[static_cast<std::size_t>(found - childTokens_.data())];
}

std::optional<TrieNodeId> TitleTrie::walk(const std::vector<TokenId>& tokens) const {
  TrieNodeId node = kRoot;
  for (TokenId token : tokens) {
    const auto next = child(node, token);
    if (!next) return std::nullopt;
    node = *next;
  }
  return node;
}

std::size_t TitleTrie::bytesUsed() const {
  return childBegin_.capacity() * sizeof(std::uint32_t) +
         childTokens_.capacity() * sizeof(TokenId) + childNodes_.capacity() * sizeof(TrieNodeId) +
         depth_.capacity() * sizeof(std::uint16_t) + terminals_.capacity() * sizeof(TrieNodeId);
}

TrieStatistics TitleTrie::statistics() const {
  TrieStatistics stats;
  stats.nodes = nodeCount();
  stats.sequences = terminals_.size();
  stats.distinctSequences = std::set<TrieNodeId>(terminals_.begin(), terminals_.end()).size();
  stats.firstPositionValid = children(kRoot).size;
  for (std::size_t node = 0; node < nodeCount(); ++node) {
    stats.maxBranching =
        std::max<std::size_t>(stats.maxBranching, children(static_cast<TrieNodeId>(node)).size);
  }
  double depthSum = 0;
  for (TrieNodeId terminal : terminals_) {
    const std::size_t length = depth_[terminal];
    stats.maxDepth = std::max(stats.maxDepth, length);
    depthSum += static_cast<double>(length);
    if (stats.sequenceLengthHistogram.size() <= length)
      stats.sequenceLengthHistogram.resize(length + 1);
    ++stats.sequenceLengthHistogram[length];
  }
  stats.meanDepth = terminals_.empty() ? 0 : depthSum / static_cast<double>(terminals_.size());
  stats.bytesUsed = bytesUsed();
  return stats;
}

}  // namespace msl
