#pragma once
// Log-probabilities of the valid next tokens of many beams at once, from their last hidden
// states, under either masking variant.
#include <ATen/core/Tensor.h>

#include <vector>

#include "evaluation/beam_search_options.h"
#include "model/causal_lm.h"
#include "trie/title_trie.h"

namespace msl {

// hidden [R, D]: each row's hidden state at its last position; nodes[r] its trie node.
// Returns, per row, the log-probabilities of trie.children(nodes[r]) in that order.
// MaskedSoftmax computes logits only for the union of the rows' valid tokens (the sparse LM
// head, [R, U]); FullSoftmaxThenMask needs the full [R, V] logits of these rows for the
// log-sum-exp, still only at the last position.
std::vector<std::vector<double>> validTokenLogProbabilities(CausalLm& model,
                                                            const at::Tensor& hidden,
                                                            const std::vector<TrieNodeId>& nodes,
                                                            const TitleTrie& trie,
                                                            MaskingVariant variant);

// The same from full-vocabulary logits [R, V] that are already computed (the naive search).
std::vector<std::vector<double>> validTokenLogProbabilitiesFromLogits(
    const at::Tensor& logits, const std::vector<TrieNodeId>& nodes, const TitleTrie& trie,
    MaskingVariant variant);

}  // namespace msl
