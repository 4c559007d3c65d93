#pragma once
// Constrained beam search over catalog titles, batched over users with the KV cache: the prefix
// all prompts share is encoded once, the rest of the prompts in one left-padded forward pass; each
// user's cache rows are then expanded to its beams and reordered along the batch dimension as beams
// are selected, so every step feeds one token per running beam. Beams may only emit trie
// continuations of a quoted title, then EOS (the trie's last token of every path).
#include <vector>

#include "evaluation/beam_hypothesis.h"
#include "evaluation/beam_search_options.h"
#include "model/causal_lm.h"
#include "trie/catalog_trie.h"

namespace msl {

// prompts[u]: token ids of user u's prompt (ending in "### Response:\n", BOS included as the
// caller encodes it). Returns each user's finished titles, best first.
std::vector<std::vector<BeamHypothesis>> constrainedBeamSearch(
    CausalLm& model, const CatalogTrie& catalogTrie,
    const std::vector<std::vector<TokenId>>& prompts, const BeamSearchOptions& options);

// How many leading tokens every prompt shares (the prompt template's opening), leaving each
// prompt at least its last token: that prefix is encoded once for all users.
std::size_t sharedPromptPrefix(const std::vector<std::vector<TokenId>>& prompts);

// The reference-style way, for the benchmark and the tests: one user at a time, no KV cache
// (every step re-runs prompt + beam tokens), full-vocabulary logits at every position.
std::vector<BeamHypothesis> naiveConstrainedBeamSearch(CausalLm& model,
                                                       const CatalogTrie& catalogTrie,
                                                       const std::vector<TokenId>& prompt,
                                                       const BeamSearchOptions& options);

}  // namespace msl
