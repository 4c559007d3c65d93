#include "ui/trie_overview.h"

#include <algorithm>
#include <numeric>

namespace msl {
namespace ui {

TrieOverview buildTrieOverview(const TextLayer& layer, std::size_t nodeCount,
                               std::size_t examplesPerNode) {
  const TitleTrie& trie = layer.catalogTrie.trie();
  const std::size_t nodes = trie.nodeCount();
  TrieOverview overview;
  std::vector<TrieNodeId> parent(nodes, -1);
  std::vector<TokenId> incomingToken(nodes, 0);
  for (std::size_t node = 0; node < nodes; ++node) {
    const auto id = static_cast<TrieNodeId>(node);
    const std::size_t depth = trie.depth(id);
    if (overview.nodesPerDepth.size() <= depth) overview.nodesPerDepth.resize(depth + 1, 0);
    ++overview.nodesPerDepth[depth];
    for (TokenId token : trie.children(id)) {
      const TrieNodeId child = *trie.child(id, token);
      parent[static_cast<std::size_t>(child)] = id;
      incomingToken[static_cast<std::size_t>(child)] = token;
    }
  }

  // Titles below each node: count at the leaves, then add up towards the root.
  std::vector<std::size_t> titlesBelow(nodes, 0);
  for (ItemId item : layer.catalogTrie.items()) {
    if (auto leaf = trie.walk(layer.catalogTrie.targetTokens(item))) {
      ++titlesBelow[static_cast<std::size_t>(*leaf)];
    }
  }
  for (std::size_t node = nodes; node-- > 1;) {
    titlesBelow[static_cast<std::size_t>(parent[node])] += titlesBelow[node];
  }

  std::vector<TrieNodeId> order(nodes);
  std::iota(order.begin(), order.end(), 0);
  const std::size_t keep = std::min(nodeCount, nodes);
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(keep), order.end(),
                    [&](TrieNodeId a, TrieNodeId b) {
                      const auto ca = trie.children(a).size, cb = trie.children(b).size;
                      return ca != cb ? ca > cb : a < b;
                    });
  for (std::size_t i = 0; i < keep; ++i) {
    BranchingNode entry;
    entry.node = order[i];
    entry.depth = trie.depth(entry.node);
    entry.children = trie.children(entry.node).size;
    entry.titles = titlesBelow[static_cast<std::size_t>(entry.node)];
    std::vector<TokenId> prefix;
    for (TrieNodeId node = entry.node; node > 0; node = parent[static_cast<std::size_t>(node)]) {
      prefix.push_back(incomingToken[static_cast<std::size_t>(node)]);
    }
    std::reverse(prefix.begin(), prefix.end());
    entry.prefix = QString::fromStdString(layer.tokenizer.decode(prefix));
    for (ItemId item : layer.catalogTrie.items()) {
      if (static_cast<std::size_t>(entry.exampleTitles.size()) >= examplesPerNode) break;
      const auto& tokens = layer.catalogTrie.targetTokens(item);
      if (tokens.size() >= prefix.size() &&
          std::equal(prefix.begin(), prefix.end(), tokens.begin())) {
        entry.exampleTitles << QString::fromStdString(layer.dataset.catalog.title(item));
      }
    }
    overview.largestBranching.push_back(std::move(entry));
  }
  return overview;
}

}  // namespace ui
}  // namespace msl
