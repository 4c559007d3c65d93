#include "evaluation/recommender_session.h"

#include <torch/torch.h>

#include <cmath>
#include <limits>
#include <mutex>

#include "common/error.h"
#include "evaluation/evaluator.h"
#include "evaluation/free_generation.h"
#include "model/checkpoint_tensors.h"
#include "model/checkpoint_weights.h"
#include "model/device_choice.h"
#include "model/lora_adapter_file.h"
#include "model/model_factory.h"

namespace msl {

struct RecommenderSession::Impl {
  ResolvedModel resolved;
  Dataset dataset;
  std::unique_ptr<Tokenizer> tokenizer;
  std::unique_ptr<CatalogTrie> trie;
  CausalLm model{nullptr};
  std::unique_ptr<Evaluator> evaluator;
  std::string device;
  std::mutex mutex;

  // Hidden states [L, D] of one unpadded sequence.
  torch::Tensor hidden(const std::vector<TokenId>& tokens) {
    DecoderInputs inputs;
    inputs.inputIds =
        torch::tensor(std::vector<std::int64_t>(tokens.begin(), tokens.end()), torch::kLong)
            .view({1, -1})
            .to(model->lmHeadWeight().device());
    return model->hiddenStates(inputs)[0];
  }
};

RecommenderSession::RecommenderSession(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RecommenderSession::~RecommenderSession() = default;

std::unique_ptr<RecommenderSession> RecommenderSession::open(const ResolvedModel& model,
                                                             const std::string& dataDir,
                                                             const std::string& deviceName) {
  auto impl = std::make_unique<Impl>();
  impl->resolved = model;
  const std::filesystem::path data =
      dataDir.empty() ? model.dataDir : std::filesystem::path(dataDir);
  if (data.empty()) throw Error(model.description + ": no dataset folder given");
  try {
    impl->dataset = loadDataset(data);
    impl->tokenizer = std::make_unique<Tokenizer>(Tokenizer::fromFile(impl->resolved.tokenizer));
    impl->trie =
        std::make_unique<CatalogTrie>(CatalogTrie::build(impl->dataset.catalog, *impl->tokenizer));
    const DeviceChoice choice = resolveDevice(deviceName);
    impl->device = choice.describe();
    impl->model = loadCausalLm(impl->resolved.base, choice.device, choice.dtype);
    if (!impl->resolved.weights.empty())
      loadWeights(impl->model, CheckpointTensors(impl->resolved.weights));
    if (!impl->resolved.adapter.empty()) loadLoraAdapter(impl->model, impl->resolved.adapter);
  } catch (const std::exception& error) {
    throw Error(model.description + ": " + error.what());
  }
  impl->evaluator =
      std::make_unique<Evaluator>(impl->model, *impl->tokenizer, impl->dataset, *impl->trie);
  return std::unique_ptr<RecommenderSession>(new RecommenderSession(std::move(impl)));
}

const Dataset& RecommenderSession::dataset() const {
  return impl_->dataset;
}
const Tokenizer& RecommenderSession::tokenizer() const {
  return *impl_->tokenizer;
}
const CatalogTrie& RecommenderSession::trie() const {
  return *impl_->trie;
}
const ResolvedModel& RecommenderSession::model() const {
  return impl_->resolved;
}
const std::string& RecommenderSession::device() const {
  return impl_->device;
}
Evaluator& RecommenderSession::evaluator() {
  return *impl_->evaluator;
}

std::vector<RecommendedTitle> RecommenderSession::recommend(const std::vector<ItemId>& history,
                                                            std::size_t beams,
                                                            MaskingVariant variant,
                                                            std::size_t cutoffTokens) {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  BeamSearchOptions options;
  options.beams = beams;
  options.returned = beams;
  options.variant = variant;
  return impl_->evaluator->recommend({history}, options, cutoffTokens).front();
}

std::vector<GeneratedTitle> RecommenderSession::generate(const std::vector<ItemId>& history,
                                                         std::size_t count,
                                                         std::size_t maxNewTokens,
                                                         std::size_t cutoffTokens) {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  torch::NoGradGuard noGrad;
  const TokenId eos = impl_->trie->eos();
  const std::vector<TokenId> prompt = impl_->evaluator->promptTokens(history, cutoffTokens);
  const torch::Tensor hidden = impl_->hidden(prompt);
  auto probabilities =
      torch::softmax(impl_->model->logits(hidden[hidden.size(0) - 1]).to(torch::kFloat), 0);
  probabilities[eos].fill_(-1);  // an empty title is no recommendation
  const auto vocabulary = static_cast<std::size_t>(probabilities.size(0));
  const auto top = probabilities.topk(static_cast<std::int64_t>(std::min(count, vocabulary - 1)));
  std::vector<GeneratedTitle> titles;
  for (std::int64_t k = 0; k < std::get<1>(top).size(0); ++k) {
    const auto first = static_cast<TokenId>(std::get<1>(top)[k].item<std::int64_t>());
    std::vector<TokenId> forced = prompt;
    forced.push_back(first);
    const FreeGeneration continued =
        greedyGenerate(impl_->model, *impl_->tokenizer, impl_->dataset.catalog, forced, eos,
                       maxNewTokens > 0 ? maxNewTokens - 1 : 0);
    std::vector<TokenId> tokens{first};
    tokens.insert(tokens.end(), continued.tokens.begin(), continued.tokens.end());
    const FreeGeneration whole =
        describeGeneration(std::move(tokens), *impl_->tokenizer, impl_->dataset.catalog);
    titles.push_back(
        {whole.title, std::get<0>(top)[k].item<double>(), whole.inCatalog, continued.endedWithEos});
  }
  return titles;
}

std::vector<PositionProbabilities> RecommenderSession::targetProbabilities(
    const std::vector<ItemId>& history, ItemId target, std::size_t topInvalid,
    std::size_t cutoffTokens) {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  if (!impl_->dataset.catalog.contains(target))
    throw Error("dataset " + impl_->dataset.root.string() + ": target item " +
                std::to_string(target) + " is not in the catalog");
  torch::NoGradGuard noGrad;
  const std::vector<TokenId>& path = impl_->trie->targetTokens(target);
  std::vector<TokenId> tokens = impl_->evaluator->promptTokens(history, cutoffTokens);
  const auto promptLength = static_cast<std::int64_t>(tokens.size());
  tokens.insert(tokens.end(), path.begin(), path.end() - 1);  // teacher forcing
  // The logits predicting path[t] sit at prompt position promptLength - 1 + t: [T, V].
  const torch::Tensor logits = impl_->model
                                   ->logits(impl_->hidden(tokens).narrow(
                                       0, promptLength - 1, static_cast<std::int64_t>(path.size())))
                                   .to(torch::kCPU, torch::kDouble);
  const torch::Tensor fullLog = torch::log_softmax(logits, 1);
  const TitleTrie& trie = impl_->trie->trie();
  std::vector<PositionProbabilities> positions;
  TrieNodeId node = TitleTrie::kRoot;
  for (std::size_t t = 0; t < path.size(); ++t) {
    const TokenSlice children = trie.children(node);
    const torch::Tensor valid =
        torch::tensor(std::vector<std::int64_t>(children.begin(), children.end()), torch::kLong);
    const torch::Tensor row = logits[static_cast<std::int64_t>(t)];
    const torch::Tensor logRow = fullLog[static_cast<std::int64_t>(t)];
    const auto masked = torch::softmax(row.index_select(0, valid), 0);
    const auto full = logRow.index_select(0, valid).exp();
    PositionProbabilities entry;
    entry.position = t;
    entry.target = path[t];
    for (std::size_t i = 0; i < children.size; ++i) {
      const auto k = static_cast<std::int64_t>(i);
      entry.valid.push_back({children.data[i], masked[k].item<double>(), full[k].item<double>()});
    }
    // The invalid tokens' log-sum-exp directly, not 1 - sum(valid): no cancellation when the
    // valid tokens hold almost all the mass.
    const torch::Tensor invalidLog =
        logRow.index_fill(0, valid, -std::numeric_limits<double>::infinity());
    entry.invalidMass = invalidLog.logsumexp(0).exp().item<double>();
    const auto invalidCount = logRow.size(0) - valid.size(0);
    const auto top = invalidLog.topk(
        std::min<std::int64_t>(static_cast<std::int64_t>(topInvalid), invalidCount));
    for (std::int64_t k = 0; k < std::get<1>(top).size(0); ++k)
      entry.topInvalid.push_back({static_cast<TokenId>(std::get<1>(top)[k].item<std::int64_t>()),
                                  0.0, std::exp(std::get<0>(top)[k].item<double>())});
    positions.push_back(std::move(entry));
    const auto next = trie.child(node, path[t]);
    if (!next && t + 1 < path.size())
      throw Error("catalog trie: target item " + std::to_string(target) +
                  " leaves the trie at position " + std::to_string(t));
    if (next) node = *next;
  }
  return positions;
}

}  // namespace msl
