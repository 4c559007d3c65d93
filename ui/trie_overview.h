#pragma once
// The catalog trie as people read it: how many nodes at each depth, which prefixes branch the
// most, and which titles share them. Computed in the workspace worker (it walks every title).
#include <QString>
#include <QStringList>
#include <vector>

#include "trie/text_layer.h"

namespace msl {
namespace ui {

struct BranchingNode {
  TrieNodeId node = 0;
  std::size_t depth = 0;     // tokens in the prefix
  std::size_t children = 0;  // valid next tokens after the prefix
  std::size_t titles = 0;    // catalog items whose title starts with the prefix
  QString prefix;            // decoded prefix text
  QStringList exampleTitles;
};

struct TrieOverview {
  std::vector<std::size_t> nodesPerDepth;       // [depth] -> nodes
  std::vector<BranchingNode> largestBranching;  // most children first
};

TrieOverview buildTrieOverview(const TextLayer& layer, std::size_t nodeCount = 50,
                               std::size_t examplesPerNode = 5);

}  // namespace ui
}  // namespace msl
