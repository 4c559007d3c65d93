#pragma once
// One finished title of a beam search. Torch-free.
#include <cstddef>
#include <vector>

#include "trie/title_trie.h"

namespace msl {

// Scores follow Hugging Face's BeamHypotheses with length_penalty 1.0 (transformers >= 4.36,
// where BeamSearchScorer.process uses cur_len = input_ids.shape[-1] + 1): the summed
// log-probability of every generated token INCLUDING the final EOS, divided by that number of
// tokens, i.e. by targetTokens(item).size(). Earlier transformers releases divided by the whole
// sequence length including the (padded) prompt and excluding EOS, which makes scores depend
// on the batch's padding; we do not reproduce that.
struct BeamHypothesis {
  TrieNodeId leaf = 0;           // the node after EOS: CatalogTrie::itemsAt(leaf) are the items
  std::vector<TokenId> tokens;   // quoted title tokens + EOS
  double sumLogProbability = 0;  // over `tokens`
  double score = 0;              // sumLogProbability / tokens.size()
};

}  // namespace msl
