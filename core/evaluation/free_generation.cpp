#include "evaluation/free_generation.h"

#include <torch/torch.h>

#include "common/error.h"

namespace msl {

FreeGeneration greedyGenerate(CausalLm& model, const Tokenizer& tokenizer, const Catalog& catalog,
                              const std::vector<TokenId>& prompt, TokenId eos,
                              std::size_t maxNewTokens) {
  if (prompt.empty()) throw Error("greedy generation: expected a non-empty prompt");
  torch::NoGradGuard noGrad;
  const auto device = model->lmHeadWeight().device();
  KvCache cache = model->newCache();
  DecoderInputs inputs;
  inputs.inputIds =
      torch::tensor(std::vector<std::int64_t>(prompt.begin(), prompt.end()), torch::kLong)
          .view({1, -1})
          .to(device);
  inputs.cache = &cache;
  FreeGeneration generation;
  for (std::size_t step = 0; step < maxNewTokens; ++step) {
    const auto hidden = model->model->forward(inputs);  // [1, T, D]
    const auto last = hidden.select(1, hidden.size(1) - 1);
    const auto next = static_cast<TokenId>(model->logits(last).argmax(1).item<std::int64_t>());
    if (next == eos) {
      generation.endedWithEos = true;
      break;
    }
    generation.tokens.push_back(next);
    inputs.inputIds = torch::full({1, 1}, static_cast<std::int64_t>(next), torch::kLong).to(device);
  }
  FreeGeneration described = describeGeneration(std::move(generation.tokens), tokenizer, catalog);
  described.endedWithEos = generation.endedWithEos;
  return described;
}

FreeGeneration describeGeneration(std::vector<TokenId> tokens, const Tokenizer& tokenizer,
                                  const Catalog& catalog) {
  FreeGeneration generation;
  generation.tokens = std::move(tokens);
  generation.text = tokenizer.decode(generation.tokens, true);
  generation.title = generation.text;
  if (generation.title.size() >= 2 && generation.title.front() == '"' &&
      generation.title.back() == '"') {
    generation.title = generation.title.substr(1, generation.title.size() - 2);
  }
  for (const Item& item : catalog.items()) {
    if (item.title == generation.title) {
      generation.inCatalog = true;
      break;
    }
  }
  return generation;
}

double catalogTitleShare(const std::vector<FreeGeneration>& generations) {
  if (generations.empty()) return 0;
  std::size_t inCatalog = 0;
  for (const FreeGeneration& generation : generations) inCatalog += generation.inCatalog;
  return static_cast<double>(inCatalog) / static_cast<double>(generations.size());
}

}  // namespace msl
