#include "evaluation/beam_state.h"

#include <algorithm>
#include <limits>

#include "common/error.h"

namespace msl {

std::vector<std::uint16_t> remainingDepths(const TitleTrie& trie) {
  // Breadth-first CSR: every child has a larger id than its parent, so one reverse pass works.
  std::vector<std::uint16_t> remaining(trie.nodeCount(), 0);
  for (std::size_t node = trie.nodeCount(); node-- > 0;) {
    const TokenSlice children = trie.children(static_cast<TrieNodeId>(node));
    for (TokenId token : children) {
      const TrieNodeId child = *trie.child(static_cast<TrieNodeId>(node), token);
      remaining[node] = std::max<std::uint16_t>(remaining[node], remaining[child] + 1);
    }
  }
  return remaining;
}

BeamState::BeamState(const TitleTrie& trie, TokenId eos, const BeamSearchOptions& options,
                     const std::vector<std::uint16_t>& remaining)
    : trie_(trie), eos_(eos), options_(options), remaining_(remaining) {
  if (options.beams == 0) throw Error("beam search: expected at least one beam");
  if (options.returned == 0 || options.returned > options.beams) {
    throw Error("beam search: expected 1 <= returned sequences (" +
                std::to_string(options.returned) + ") <= beams (" + std::to_string(options.beams) +
                ")");
  }
  running_.push_back(RunningBeam{});
}

std::vector<std::size_t> BeamState::advance(
    const std::vector<std::vector<double>>& logProbabilities) {
  if (logProbabilities.size() != running_.size()) {
    throw Error("beam search: got log-probabilities for " +
                std::to_string(logProbabilities.size()) + " beams, expected " +
                std::to_string(running_.size()));
  }
  struct Candidate {
    std::size_t beam;
    std::size_t child;
    double sum;
  };
  std::vector<Candidate> candidates;
  for (std::size_t b = 0; b < running_.size(); ++b) {
    const TokenSlice children = trie_.children(running_[b].node);
    if (logProbabilities[b].size() != children.size) {
      throw Error("beam search: beam " + std::to_string(b) + " has " +
                  std::to_string(children.size) + " valid tokens but " +
                  std::to_string(logProbabilities[b].size()) + " log-probabilities");
    }
    for (std::size_t i = 0; i < children.size; ++i) {
      candidates.push_back({b, i, running_[b].sumLogProbability + logProbabilities[b][i]});
    }
  }
  // Hugging Face ranks all (beam, token) candidates of a user by summed log-probability.
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.sum > b.sum; });
  std::vector<RunningBeam> next;
  std::vector<std::size_t> parents;
  const std::size_t generatedLength = running_.front().tokens.size() + 1;
  for (std::size_t rank = 0; rank < candidates.size() && next.size() < options_.beams; ++rank) {
    const Candidate& candidate = candidates[rank];
    const RunningBeam& parent = running_[candidate.beam];
    const TokenId token = trie_.children(parent.node).data[candidate.child];
    const TrieNodeId node = *trie_.child(parent.node, token);
    std::vector<TokenId> tokens = parent.tokens;
    tokens.push_back(token);
    if (token == eos_) {
      // As BeamSearchScorer.process: an EOS ranked below the top `beams` is not kept.
      if (rank >= options_.beams) continue;
      addFinished({node, std::move(tokens), candidate.sum,
                   candidate.sum / static_cast<double>(generatedLength)});
    } else {
      next.push_back({node, std::move(tokens), candidate.sum});
      parents.push_back(candidate.beam);
    }
  }
  const double bestCandidateSum =
      candidates.empty() ? -std::numeric_limits<double>::infinity() : candidates.front().sum;
  running_ = std::move(next);
  if (finishedCannotImprove(bestCandidateSum, generatedLength)) {
    running_.clear();
    parents.clear();
  }
  return parents;
}

bool BeamState::finishedCannotImprove(double bestCandidateSum, std::size_t generatedLength) const {
  if (finished_.size() < options_.beams) return false;
  double worst = std::numeric_limits<double>::infinity();
  for (const BeamHypothesis& h : finished_) worst = std::min(worst, h.score);
  if (options_.stopping == BeamStopping::HuggingFace) {
    return worst >= bestCandidateSum / static_cast<double>(generatedLength);
  }
  for (const RunningBeam& beam : running_) {
    const double longest = static_cast<double>(beam.tokens.size() + remaining_[beam.node]);
    if (beam.sumLogProbability / longest > worst) return false;
  }
  return true;
}

void BeamState::addFinished(BeamHypothesis hypothesis) {
  if (finished_.size() < options_.beams) {
    finished_.push_back(std::move(hypothesis));
    return;
  }
  // BeamHypotheses.add: a new title replaces the worst one when it scores higher.
  auto worst = std::min_element(
      finished_.begin(), finished_.end(),
      [](const BeamHypothesis& a, const BeamHypothesis& b) { return a.score < b.score; });
  if (hypothesis.score > worst->score) *worst = std::move(hypothesis);
}

std::vector<BeamHypothesis> BeamState::results() const {
  std::vector<BeamHypothesis> sorted = finished_;
  std::stable_sort(
      sorted.begin(), sorted.end(),
      [](const BeamHypothesis& a, const BeamHypothesis& b) { return a.score > b.score; });
  if (sorted.size() > options_.returned) sorted.resize(options_.returned);
  return sorted;
}

}  // namespace msl
