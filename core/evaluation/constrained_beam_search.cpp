#include "evaluation/constrained_beam_search.h"

#include <torch/torch.h>

#include <algorithm>

#include "common/error.h"
#include "evaluation/beam_state.h"
#include "evaluation/step_log_probabilities.h"

namespace msl {
namespace {

void checkPrompts(const std::vector<std::vector<TokenId>>& prompts) {
  for (std::size_t u = 0; u < prompts.size(); ++u) {
    if (prompts[u].empty()) {
      throw Error("beam search: prompt " + std::to_string(u) +
                  " is empty; expected the tokens up to \"### Response:\\n\"");
    }
  }
}

}  // namespace

std::size_t sharedPromptPrefix(const std::vector<std::vector<TokenId>>& prompts) {
  if (prompts.empty()) return 0;
  std::size_t shared = prompts.front().size();
  for (const auto& prompt : prompts) {
    shared = std::min(shared, prompt.size());
    const auto differ =
        std::mismatch(prompt.begin(), prompt.begin() + static_cast<std::ptrdiff_t>(shared),
                      prompts.front().begin());
    shared = static_cast<std::size_t>(differ.first - prompt.begin());
  }
  // Every prompt keeps its last token out of the prefix: its hidden state starts the search.
  std::size_t shortest = prompts.front().size();
  for (const auto& prompt : prompts) shortest = std::min(shortest, prompt.size());
  return std::min(shared, shortest - 1);
}

std::vector<std::vector<BeamHypothesis>> constrainedBeamSearch(
    CausalLm& model, const CatalogTrie& catalogTrie,
    const std::vector<std::vector<TokenId>>& prompts, const BeamSearchOptions& options) {
  checkPrompts(prompts);
  if (prompts.empty()) return {};
  torch::NoGradGuard noGrad;
  const TitleTrie& trie = catalogTrie.trie();
  const auto remaining = remainingDepths(trie);
  const auto device = model->lmHeadWeight().device();
  const auto users = static_cast<std::int64_t>(prompts.size());
  KvCache cache = model->newCache();

  // The prompt template's opening is the same for every user: encoded once, its keys and values
  // copied to every row.
  const std::size_t prefixLength = options.sharePromptPrefix ? sharedPromptPrefix(prompts) : 0;
  const auto prefix = static_cast<std::int64_t>(prefixLength);
  std::size_t longest = 0;
  for (const auto& prompt : prompts) longest = std::max(longest, prompt.size() - prefixLength);
  const auto width = static_cast<std::int64_t>(longest);
  // The prompt's columns, then at most the longest title's tokens: no step reallocates.
  const std::int64_t promptColumns = prefix + width;
  cache.reserve(promptColumns + remaining[TitleTrie::kRoot]);
  if (prefix > 0) {
    const auto& first = prompts.front();
    const auto prefixIds =
        torch::tensor(std::vector<std::int64_t>(first.begin(), first.begin() + prefix),
                      torch::kLong)
            .view({1, prefix})
            .to(device);
    model->model->forward({prefixIds, {}, {}, &cache});
    cache.repeatRow(users);
  }

  // The rest of each prompt, left-padded after the prefix so that every prompt's last token sits
  // in the last column; positions continue from the prefix (padding_mask's running count).
  auto ids = torch::zeros({users, width}, torch::kLong);
  auto padding = torch::zeros({users, prefix + width}, torch::kLong);
  padding.narrow(1, 0, prefix).fill_(1);
  std::vector<std::int64_t> promptLengths(prompts.size());
  for (std::int64_t u = 0; u < users; ++u) {
    const auto& prompt = prompts[static_cast<std::size_t>(u)];
    const auto length = static_cast<std::int64_t>(prompt.size()) - prefix;
    promptLengths[static_cast<std::size_t>(u)] = static_cast<std::int64_t>(prompt.size());
    ids[u]
        .narrow(0, width - length, length)
        .copy_(torch::tensor(std::vector<std::int64_t>(prompt.begin() + prefix, prompt.end())));
    padding[u].narrow(0, prefix + width - length, length).fill_(1);
  }
  ids = ids.to(device);
  padding = padding.to(device);

  auto hidden = model->model->forward({ids, padding, {}, &cache}).select(1, width - 1);  // [B, D]

  std::vector<BeamState> states;
  states.reserve(prompts.size());
  for (std::size_t u = 0; u < prompts.size(); ++u)
    states.emplace_back(trie, catalogTrie.eos(), options, remaining);
  // Row r of `hidden` and of the cache belongs to rowUser[r], running beam rowBeam[r].
  std::vector<std::size_t> rowUser(prompts.size());
  for (std::size_t u = 0; u < prompts.size(); ++u) rowUser[u] = u;

  for (std::int64_t step = 0; !rowUser.empty(); ++step) {
    // Rows of one user are contiguous and in the order of its running beams.
    std::vector<TrieNodeId> nodes;
    nodes.reserve(rowUser.size());
    for (std::size_t r = 0; r < rowUser.size();) {
      for (const RunningBeam& beam : states[rowUser[r]].running()) nodes.push_back(beam.node);
      r += states[rowUser[r]].running().size();
    }
    const auto logProbabilities =
        validTokenLogProbabilities(model, hidden, nodes, trie, options.variant);

    std::vector<std::int64_t> parentRows;
    std::vector<std::int64_t> nextTokens;
    std::vector<std::int64_t> nextPositions;
    std::vector<std::size_t> nextRowUser;
    for (std::size_t r = 0; r < rowUser.size();) {
      const std::size_t user = rowUser[r];
      std::size_t end = r;
      while (end < rowUser.size() && rowUser[end] == user) ++end;
      const std::vector<std::vector<double>> userRows(logProbabilities.begin() + r,
                                                      logProbabilities.begin() + end);
      const auto parents = states[user].advance(userRows);
      for (std::size_t b = 0; b < parents.size(); ++b) {
        parentRows.push_back(static_cast<std::int64_t>(r + parents[b]));
        nextTokens.push_back(states[user].running()[b].tokens.back());
        nextPositions.push_back(promptLengths[user] + step);
        nextRowUser.push_back(user);
      }
      r = end;
    }
    // A user's rows hold the same prompt columns, so while every row stays with the same user
    // only the generated columns follow the beams' parents.
    const std::int64_t unchangedColumns = nextRowUser == rowUser ? promptColumns : 0;
    rowUser = std::move(nextRowUser);
    if (rowUser.empty()) break;

    const auto parentIndex = torch::tensor(parentRows, torch::kLong).to(device);
    cache.selectRows(parentIndex, unchangedColumns);
    padding =
        torch::cat({padding.index_select(0, parentIndex),
                    torch::ones({static_cast<std::int64_t>(rowUser.size()), 1}, padding.options())},
                   1);
    const auto rows = static_cast<std::int64_t>(rowUser.size());
    DecoderInputs inputs;
    inputs.inputIds = torch::tensor(nextTokens, torch::kLong).view({rows, 1}).to(device);
    inputs.attentionMask = padding;
    // A prompt of L real tokens holds positions 0..L-1; generated token t sits at L + t.
    inputs.positionIds = torch::tensor(nextPositions, torch::kLong).view({rows, 1}).to(device);
    inputs.cache = &cache;
    hidden = model->model->forward(inputs).select(1, 0);  // [R, D]
  }

  std::vector<std::vector<BeamHypothesis>> results;
  results.reserve(states.size());
  for (const BeamState& state : states) results.push_back(state.results());
  return results;
}

std::vector<BeamHypothesis> naiveConstrainedBeamSearch(CausalLm& model,
                                                       const CatalogTrie& catalogTrie,
                                                       const std::vector<TokenId>& prompt,
                                                       const BeamSearchOptions& options) {
  checkPrompts({prompt});
  torch::NoGradGuard noGrad;
  const TitleTrie& trie = catalogTrie.trie();
  const auto remaining = remainingDepths(trie);
  const auto device = model->lmHeadWeight().device();
  BeamState state(trie, catalogTrie.eos(), options, remaining);
  while (!state.done()) {
    const auto& beams = state.running();
    const auto rows = static_cast<std::int64_t>(beams.size());
    const auto length = static_cast<std::int64_t>(prompt.size() + beams.front().tokens.size());
    std::vector<std::int64_t> flat;
    std::vector<TrieNodeId> nodes;
    for (const RunningBeam& beam : beams) {
      flat.insert(flat.end(), prompt.begin(), prompt.end());
      flat.insert(flat.end(), beam.tokens.begin(), beam.tokens.end());
      nodes.push_back(beam.node);
    }
    DecoderInputs inputs;
    inputs.inputIds = torch::tensor(flat, torch::kLong).view({rows, length}).to(device);
    const auto logits = model->forward(inputs).select(1, length - 1);  // [R, V] of [R, T, V]
    state.advance(validTokenLogProbabilitiesFromLogits(logits, nodes, trie, options.variant));
  }
  return state.results();
}

}  // namespace msl
