#include "evaluation/step_log_probabilities.h"

#include <torch/torch.h>

#include <algorithm>

namespace msl {
namespace {

// Row r's valid tokens as columns of a [R, K] index (padded with the row's first column) and
// the [R, K] validity mask.
struct CandidateColumns {
  at::Tensor columns;
  at::Tensor valid;
};

CandidateColumns candidateColumns(const std::vector<TrieNodeId>& nodes, const TitleTrie& trie,
                                  const std::vector<TokenId>& columnTokens) {
  std::size_t widest = 1;
  for (TrieNodeId node : nodes) widest = std::max(widest, trie.children(node).size);
  const auto rows = static_cast<std::int64_t>(nodes.size());
  const auto width = static_cast<std::int64_t>(widest);
  auto columns = torch::zeros({rows, width}, torch::kLong);
  auto valid = torch::zeros({rows, width}, torch::kBool);
  auto columnAccess = columns.accessor<std::int64_t, 2>();
  auto validAccess = valid.accessor<bool, 2>();
  for (std::int64_t r = 0; r < rows; ++r) {
    const TokenSlice children = trie.children(nodes[static_cast<std::size_t>(r)]);
    for (std::size_t i = 0; i < children.size; ++i) {
      const auto at = std::lower_bound(columnTokens.begin(), columnTokens.end(), children.data[i]);
      columnAccess[r][static_cast<std::int64_t>(i)] = at - columnTokens.begin();
      validAccess[r][static_cast<std::int64_t>(i)] = true;
    }
    for (std::size_t i = children.size; i < widest; ++i)
      columnAccess[r][static_cast<std::int64_t>(i)] = columnAccess[r][0];
  }
  return {columns, valid};
}

std::vector<std::vector<double>> unpack(const at::Tensor& logProbabilities,
                                        const std::vector<TrieNodeId>& nodes,
                                        const TitleTrie& trie) {
  const auto cpu = logProbabilities.to(torch::kCPU, torch::kDouble).contiguous();
  const auto access = cpu.accessor<double, 2>();
  std::vector<std::vector<double>> perRow(nodes.size());
  for (std::size_t r = 0; r < nodes.size(); ++r) {
    const std::size_t count = trie.children(nodes[r]).size;
    perRow[r].resize(count);
    for (std::size_t i = 0; i < count; ++i)
      perRow[r][i] = access[static_cast<std::int64_t>(r)][static_cast<std::int64_t>(i)];
  }
  return perRow;
}

std::vector<TokenId> allTokens(std::int64_t vocabulary) {
  std::vector<TokenId> tokens(static_cast<std::size_t>(vocabulary));
  for (std::size_t i = 0; i < tokens.size(); ++i) tokens[i] = static_cast<TokenId>(i);
  return tokens;
}

// logits [R, C] over columnTokens -> per-row valid log-probabilities.
std::vector<std::vector<double>> fromColumns(const at::Tensor& logits,
                                             const std::vector<TokenId>& columnTokens,
                                             const std::vector<TrieNodeId>& nodes,
                                             const TitleTrie& trie, MaskingVariant variant) {
  const auto candidates = candidateColumns(nodes, trie, columnTokens);
  const auto device = logits.device();
  auto gathered = logits.to(torch::kFloat).gather(1, candidates.columns.to(device));  // [R, K]
  if (variant == MaskingVariant::MaskedSoftmax) {
    gathered = gathered.masked_fill(candidates.valid.to(device).logical_not(),
                                    -std::numeric_limits<float>::infinity());
    return unpack(torch::log_softmax(gathered, 1), nodes, trie);
  }
  // Full softmax: the normaliser runs over every column, i.e. the whole vocabulary here.
  return unpack(gathered - torch::logsumexp(logits.to(torch::kFloat), 1, true), nodes, trie);
}

}  // namespace

std::vector<std::vector<double>> validTokenLogProbabilities(CausalLm& model,
                                                            const at::Tensor& hidden,
                                                            const std::vector<TrieNodeId>& nodes,
                                                            const TitleTrie& trie,
                                                            MaskingVariant variant) {
  if (variant == MaskingVariant::FullSoftmaxThenMask) {
    return validTokenLogProbabilitiesFromLogits(model->logits(hidden), nodes, trie, variant);
  }
  std::vector<TokenId> unionTokens;
  for (TrieNodeId node : nodes) {
    const TokenSlice children = trie.children(node);
    unionTokens.insert(unionTokens.end(), children.begin(), children.end());
  }
  std::sort(unionTokens.begin(), unionTokens.end());
  unionTokens.erase(std::unique(unionTokens.begin(), unionTokens.end()), unionTokens.end());
  const auto rows =
      torch::tensor(std::vector<std::int64_t>(unionTokens.begin(), unionTokens.end()), torch::kLong)
          .to(hidden.device());
  const auto logits = model->logitsForVocabulary(hidden, rows);  // [R, U]
  return fromColumns(logits, unionTokens, nodes, trie, variant);
}

std::vector<std::vector<double>> validTokenLogProbabilitiesFromLogits(
    const at::Tensor& logits, const std::vector<TrieNodeId>& nodes, const TitleTrie& trie,
    MaskingVariant variant) {
  return fromColumns(logits, allTokens(logits.size(1)), nodes, trie, variant);
}

}  // namespace msl
