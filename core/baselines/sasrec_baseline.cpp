#include "baselines/sasrec_baseline.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <unordered_map>

#include "common/error.h"

namespace msl {
namespace {

// One block: layer norm first, causal self-attention, ReLU feed-forward, each with a residual.
struct SasrecBlockImpl : torch::nn::Module {
  SasrecBlockImpl(std::int64_t hidden, std::int64_t heads, double dropout)
      : attentionNorm(
            register_module("attention_norm",
                            torch::nn::LayerNorm(torch::nn::LayerNormOptions({hidden}).eps(1e-8)))),
        attention(register_module(
            "attention",
            torch::nn::MultiheadAttention(
                torch::nn::MultiheadAttentionOptions(hidden, heads).dropout(dropout)))),
        feedForwardNorm(
            register_module("feed_forward_norm",
                            torch::nn::LayerNorm(torch::nn::LayerNormOptions({hidden}).eps(1e-8)))),
        up(register_module("up", torch::nn::Linear(hidden, hidden))),
        down(register_module("down", torch::nn::Linear(hidden, hidden))),
        drop(register_module("dropout", torch::nn::Dropout(dropout))) {}

  // x [B, T, D]; blocked [T, T]: added to the attention scores, -inf where a position must not
  // look (the future), 0 elsewhere.
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& blocked) {
    const torch::Tensor normed = attentionNorm(x).transpose(0, 1);  // [T, B, D]
    const torch::Tensor attended = std::get<0>(attention(normed, normed, normed, torch::Tensor(),
                                                         /*need_weights=*/false, blocked))
                                       .transpose(0, 1);
    const torch::Tensor h = x + drop(attended);
    return h + drop(down(drop(torch::relu(up(feedForwardNorm(h))))));
  }

  torch::nn::LayerNorm attentionNorm;
  torch::nn::MultiheadAttention attention;
  torch::nn::LayerNorm feedForwardNorm;
  torch::nn::Linear up, down;
  torch::nn::Dropout drop;
};
TORCH_MODULE(SasrecBlock);

struct SasrecModelImpl : torch::nn::Module {
  SasrecModelImpl(std::int64_t items, const SasrecOptions& options)
      : hidden(options.hidden),
        itemEmbedding(register_module(
            "item_embedding",
            torch::nn::Embedding(
                torch::nn::EmbeddingOptions(items + 1, options.hidden).padding_idx(0)))),
        positionEmbedding(register_module("position_embedding",
                                          torch::nn::Embedding(options.maxLength, options.hidden))),
        blocks(register_module("blocks", torch::nn::ModuleList())),
        finalNorm(register_module(
            "final_norm",
            torch::nn::LayerNorm(torch::nn::LayerNormOptions({options.hidden}).eps(1e-8)))),
        drop(register_module("dropout", torch::nn::Dropout(options.dropout))) {
    for (std::int64_t i = 0; i < options.blocks; ++i)
      blocks->push_back(SasrecBlock(options.hidden, options.heads, options.dropout));
    // Scaled by sqrt(hidden) on the way in, the embeddings start at unit scale, and the scores
    // (the same embeddings on the way out) near it: N(0, 1) rows would start at logits of ±8.
    torch::NoGradGuard noGrad;
    itemEmbedding->weight.normal_(0.0, 1.0 / std::sqrt(static_cast<double>(options.hidden)));
    itemEmbedding->weight[0].zero_();
  }

  // items [B, T], 0 = padding on the right -> hidden states [B, T, D].
  torch::Tensor forward(const torch::Tensor& items) {
    const std::int64_t length = items.size(1);
    torch::Tensor x = itemEmbedding(items) * std::sqrt(static_cast<double>(hidden)) +
                      positionEmbedding(torch::arange(length, items.options())).unsqueeze(0);
    const torch::Tensor keep = (items != 0).unsqueeze(-1).to(x.scalar_type());
    x = drop(x) * keep;
    // Padding sits after the items, so no real position ever attends to it. LibTorch's
    // MultiheadAttention adds the mask to the scores (a bool mask would add 1, not block): -inf
    // above the diagonal hides the future.
    const torch::Tensor blocked =
        torch::full({length, length}, -std::numeric_limits<float>::infinity(), x.options()).triu(1);
    for (std::size_t i = 0; i < blocks->size(); ++i)
      x = blocks->at<SasrecBlockImpl>(i).forward(x, blocked) * keep;
    return finalNorm(x);
  }

  // hidden [..., D] -> scores over the items [..., V + 1]; the padding column never wins.
  torch::Tensor scores(const torch::Tensor& states) {
    torch::Tensor logits = torch::matmul(states, itemEmbedding->weight.t());
    logits.select(-1, 0).fill_(-std::numeric_limits<float>::infinity());
    return logits;
  }

  std::int64_t hidden;
  torch::nn::Embedding itemEmbedding, positionEmbedding;
  torch::nn::ModuleList blocks;
  torch::nn::LayerNorm finalNorm;
  torch::nn::Dropout drop;
};
TORCH_MODULE(SasrecModel);

// Sequences of dense item indices (1-based) padded on the right to the longest: [B, T].
torch::Tensor paddedBatch(const std::vector<std::vector<std::int64_t>>& sequences) {
  std::size_t longest = 1;
  for (const auto& sequence : sequences) longest = std::max(longest, sequence.size());
  std::vector<std::int64_t> flat(sequences.size() * longest, 0);
  for (std::size_t row = 0; row < sequences.size(); ++row)
    std::copy(sequences[row].begin(), sequences[row].end(), flat.begin() + row * longest);
  return torch::tensor(flat, torch::kInt64)
      .view({static_cast<std::int64_t>(sequences.size()), static_cast<std::int64_t>(longest)});
}

}  // namespace

struct SasrecBaseline::Impl {
  SasrecOptions options;
  SasrecModel model{nullptr};
  std::unordered_map<ItemId, std::int64_t> indexOf;
  std::vector<ItemId> itemOf{0};  // itemOf[index]; index 0 is padding
  std::int64_t selectedEpoch = 0;
  std::string selectionSplit;

  std::vector<std::int64_t> indices(const std::vector<ItemId>& items) const {
    std::vector<std::int64_t> result;
    const std::size_t keep = static_cast<std::size_t>(options.maxLength);
    const std::size_t first = items.size() > keep ? items.size() - keep : 0;
    for (std::size_t i = first; i < items.size(); ++i) result.push_back(indexOf.at(items[i]));
    return result;
  }

  // Scores after each history's last item: [B, V + 1].
  torch::Tensor lastScores(const std::vector<std::vector<std::int64_t>>& histories) {
    const torch::Tensor batch = paddedBatch(histories);
    const torch::Tensor states = model->forward(batch);
    std::vector<std::int64_t> last;
    for (const auto& history : histories)
      last.push_back(std::max<std::int64_t>(static_cast<std::int64_t>(history.size()) - 1, 0));
    const torch::Tensor rows = torch::arange(batch.size(0));
    return model->scores(states.index({rows, torch::tensor(last, torch::kInt64)}));
  }

  double ndcgAt10(const std::vector<std::vector<std::int64_t>>& sequences) {
    torch::NoGradGuard noGrad;
    model->eval();
    double total = 0;
    for (std::size_t begin = 0; begin < sequences.size(); begin += 256) {
      std::vector<std::vector<std::int64_t>> histories;
      std::vector<std::int64_t> targets;
      for (std::size_t i = begin; i < std::min(sequences.size(), begin + 256); ++i) {
        histories.emplace_back(sequences[i].begin(), sequences[i].end() - 1);
        targets.push_back(sequences[i].back());
      }
      const torch::Tensor scores = lastScores(histories);
      const torch::Tensor target = torch::tensor(targets, torch::kInt64).unsqueeze(1);
      // 0-based rank: how many items score above the target.
      const torch::Tensor ranks = (scores > scores.gather(1, target)).sum(1);
      const auto* rank = ranks.data_ptr<std::int64_t>();
      for (std::int64_t i = 0; i < ranks.size(0); ++i)
        if (rank[i] < 10) total += 1.0 / std::log2(static_cast<double>(rank[i]) + 2.0);
    }
    return sequences.empty() ? 0 : total / static_cast<double>(sequences.size());
  }
};

SasrecBaseline::SasrecBaseline(const Dataset& dataset, const std::string& trainSplit,
                               const SasrecOptions& options, const EpochCallback& onEpoch)
    : impl_(std::make_unique<Impl>()) {
  Impl& m = *impl_;
  m.options = options;
  for (const Item& item : dataset.catalog.items()) {
    m.indexOf[item.id] = static_cast<std::int64_t>(m.itemOf.size());
    m.itemOf.push_back(item.id);
  }
  std::vector<std::vector<std::int64_t>> training, selection;
  for (const Sample& sample : dataset.split(trainSplit))
    training.push_back(m.indices(sample.itemIds));
  const auto names = dataset.splitNames();
  if (std::find(names.begin(), names.end(), "valid") != names.end()) {
    m.selectionSplit = "valid";
    for (const Sample& sample : dataset.split("valid"))
      selection.push_back(m.indices(sample.itemIds));
  } else {
    m.selectionSplit = "held-out tenth of " + trainSplit;
    std::mt19937_64 shuffle(options.seed);
    std::shuffle(training.begin(), training.end(), shuffle);
    const std::size_t held = std::max<std::size_t>(1, training.size() / 10);
    selection.assign(training.end() - static_cast<std::ptrdiff_t>(held), training.end());
    training.resize(training.size() - held);
  }
  if (training.empty()) throw Error("SASRec: split '" + trainSplit + "' has no training samples");

  torch::manual_seed(options.seed);
  m.model = SasrecModel(static_cast<std::int64_t>(dataset.catalog.size()), options);
  torch::optim::Adam optimizer(m.model->parameters(),
                               torch::optim::AdamOptions(options.learningRate).betas({0.9, 0.98}));
  std::vector<torch::Tensor> best;
  double bestNdcg = -1;
  std::int64_t sinceBest = 0;
  std::vector<std::size_t> order(training.size());
  std::iota(order.begin(), order.end(), 0);
  for (std::int64_t epoch = 1; epoch <= options.maxEpochs && sinceBest < options.patience;
       ++epoch) {
    m.model->train();
    std::mt19937_64 shuffle(options.seed + static_cast<std::uint64_t>(epoch));
    std::shuffle(order.begin(), order.end(), shuffle);
    double lossSum = 0;
    std::int64_t batches = 0;
    for (std::size_t begin = 0; begin < order.size();
         begin += static_cast<std::size_t>(options.batchSize)) {
      std::vector<std::vector<std::int64_t>> sequences;
      const std::size_t end =
          std::min(order.size(), begin + static_cast<std::size_t>(options.batchSize));
      for (std::size_t i = begin; i < end; ++i) sequences.push_back(training[order[i]]);
      const torch::Tensor batch = paddedBatch(sequences);
      const torch::Tensor inputs = batch.narrow(1, 0, batch.size(1) - 1);
      const torch::Tensor targets = batch.narrow(1, 1, batch.size(1) - 1);
      // Every position predicts the next item (full softmax over the catalog).
      const torch::Tensor logits = m.model->scores(m.model->forward(inputs));
      const torch::Tensor loss = torch::nn::functional::cross_entropy(
          logits.reshape({-1, logits.size(-1)}), targets.reshape({-1}),
          torch::nn::functional::CrossEntropyFuncOptions().ignore_index(0));
      optimizer.zero_grad();
      loss.backward();
      optimizer.step();
      lossSum += loss.item<double>();
      ++batches;
    }
    SasrecEpoch report;
    report.epoch = epoch;
    report.trainLoss = lossSum / static_cast<double>(std::max<std::int64_t>(batches, 1));
    report.validationNdcg10 = m.ndcgAt10(selection);
    if (onEpoch) onEpoch(report);
    if (report.validationNdcg10 > bestNdcg) {
      bestNdcg = report.validationNdcg10;
      m.selectedEpoch = epoch;
      sinceBest = 0;
      best.clear();
      for (const auto& parameter : m.model->parameters())
        best.push_back(parameter.detach().clone());
    } else {
      ++sinceBest;
    }
  }
  torch::NoGradGuard noGrad;
  const auto parameters = m.model->parameters();
  for (std::size_t i = 0; i < parameters.size(); ++i) parameters[i].copy_(best[i]);
  m.model->eval();
}

SasrecBaseline::~SasrecBaseline() = default;

std::vector<ItemId> SasrecBaseline::rank(const std::vector<ItemId>& history,
                                         std::size_t count) const {
  Impl& m = *impl_;
  torch::NoGradGuard noGrad;
  std::vector<std::int64_t> items = m.indices(history);
  if (items.empty()) items.push_back(0);
  const torch::Tensor scores = m.lastScores({items}).squeeze(0);
  const auto wanted = std::min<std::int64_t>(static_cast<std::int64_t>(count),
                                             static_cast<std::int64_t>(m.itemOf.size()) - 1);
  const torch::Tensor top = std::get<1>(scores.topk(wanted));
  std::vector<ItemId> ranked;
  const auto* index = top.data_ptr<std::int64_t>();
  for (std::int64_t i = 0; i < wanted; ++i)
    ranked.push_back(m.itemOf[static_cast<std::size_t>(index[i])]);
  return ranked;
}

std::int64_t SasrecBaseline::selectedEpoch() const {
  return impl_->selectedEpoch;
}

const std::string& SasrecBaseline::selectionSplit() const {
  return impl_->selectionSplit;
}

}  // namespace msl
