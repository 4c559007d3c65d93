#pragma once
// The bookkeeping of one user's beam search, independent of how log-probabilities are computed
// (cached batched search, naive search): running beams, candidate selection and finished titles
// exactly as Hugging Face's BeamSearchScorer selects them, restricted to trie continuations.
// Torch-free.
#include <cstddef>
#include <vector>

#include "evaluation/beam_hypothesis.h"
#include "evaluation/beam_search_options.h"
#include "trie/title_trie.h"

namespace msl {

struct RunningBeam {
  TrieNodeId node = TitleTrie::kRoot;
  std::vector<TokenId> tokens;  // generated so far
  double sumLogProbability = 0;
};

// For every node, the most tokens a path may still take from it to a leaf (0 at leaves).
std::vector<std::uint16_t> remainingDepths(const TitleTrie& trie);

class BeamState {
 public:
  // `remaining` from remainingDepths(trie); both must outlive the state.
  BeamState(const TitleTrie& trie, TokenId eos, const BeamSearchOptions& options,
            const std::vector<std::uint16_t>& remaining);

  const std::vector<RunningBeam>& running() const { return running_; }
  bool done() const { return running_.empty(); }

  // logProbabilities[b][i] is the log-probability of trie.children(running()[b].node)[i].
  // Selects the next beams; returns, for each new running beam, the index of its parent in the
  // previous running() (to reorder the KV cache).
  std::vector<std::size_t> advance(const std::vector<std::vector<double>>& logProbabilities);

  // Finished titles, best first, at most options.returned.
  std::vector<BeamHypothesis> results() const;

 private:
  void addFinished(BeamHypothesis hypothesis);
  bool finishedCannotImprove(double bestCandidateSum, std::size_t generatedLength) const;

  const TitleTrie& trie_;
  TokenId eos_;
  BeamSearchOptions options_;
  const std::vector<std::uint16_t>& remaining_;
  std::vector<RunningBeam> running_;
  std::vector<BeamHypothesis> finished_;  // at most options.beams, unordered
};

}  // namespace msl
