// `mslw bench eval`: users per second of constrained beam search, ours (users batched, prompt
// encoded once and its KV cache expanded to the beams, logits only at the last position) against
// a naive search in the same run (one user at a time, no cache: every step re-runs prompt +
// beam tokens with full-vocabulary logits at every position, as generate() without a cache).
// Models have random weights: the tiny preset and a Llama-3.2-1B shape (vocabulary 128256,
// hidden 2048, 16 layers; --layers cuts layers for time). Catalog and prompts are synthetic.
#include <unistd.h>

#include <torch/torch.h>

#include <chrono>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "bench_command_group.h"
#include "bpe_training/dataset_tokenizer.h"
#include "bpe_training/tokenizer_json_writer.h"
#include "command_registry.h"
#include "common/error.h"
#include "data/prompt_builder.h"
#include "data/synthetic_catalog.h"
#include "data/tokenizer_corpus.h"
#include "evaluation/constrained_beam_search.h"
#include "model/model_factory.h"
#include "trie/catalog_trie.h"

namespace {

namespace fs = std::filesystem;

struct BenchEvalOptions {
  std::string shape = "both";  // tiny, llama1b, both
  std::int64_t layers = 2;     // of the 1B shape's 16
  std::size_t users = 8;
  std::size_t naiveUsers = 2;
  std::size_t beams = 10;
  std::size_t batch = 8;
  std::size_t items = 600;
  bool json = false;
};

msl::ModelConfig llama1bShape(std::int64_t layers, std::optional<std::int64_t> bos,
                              std::int64_t eos) {
  auto config = msl::presetModelConfig("llama", "tiny", 128256, bos, {eos});
  config.hiddenSize = 2048;
  config.intermediateSize = 8192;
  config.numHiddenLayers = layers;
  config.numAttentionHeads = 32;
  config.numKeyValueHeads = 8;
  config.headDim = 64;
  config.maxPositionEmbeddings = 131072;
  config.tieWordEmbeddings = true;
  return config;
}

double usersPerSecond(std::size_t users, const std::function<void()>& work) {
  const auto start = std::chrono::steady_clock::now();
  work();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return static_cast<double>(users) / seconds;
}

nlohmann::json benchShape(const std::string& shape, const BenchEvalOptions& o,
                          const msl::Tokenizer& tokenizer, const msl::CatalogTrie& trie,
                          const std::vector<std::vector<msl::TokenId>>& prompts) {
  std::optional<std::int64_t> bos;
  if (tokenizer.bosId()) bos = *tokenizer.bosId();
  const auto config = shape == "tiny"
                          ? msl::presetModelConfig("llama", "tiny",
                                                   static_cast<std::int64_t>(tokenizer.vocabSize()),
                                                   bos, {trie.eos()})
                          : llama1bShape(o.layers, bos, trie.eos());
  msl::CausalLm model(config);
  msl::initializeLikeHuggingFace(model, 1);
  model->eval();
  msl::BeamSearchOptions options;
  options.beams = o.beams;
  options.returned = o.beams;
  nlohmann::json result{{"shape", shape},
                        {"layers", config.numHiddenLayers},
                        {"vocabulary", config.vocabSize},
                        {"parameters", config.parameterCount()},
                        {"users", prompts.size()},
                        {"naive_users", std::min(o.naiveUsers, prompts.size())}};
  const auto searchAll = [&] {
    return usersPerSecond(prompts.size(), [&] {
      for (std::size_t begin = 0; begin < prompts.size(); begin += o.batch) {
        const std::vector<std::vector<msl::TokenId>> batch(
            prompts.begin() + static_cast<std::ptrdiff_t>(begin),
            prompts.begin() +
                static_cast<std::ptrdiff_t>(std::min(prompts.size(), begin + o.batch)));
        msl::constrainedBeamSearch(model, trie, batch, options);
      }
    });
  };
  for (auto variant :
       {msl::MaskingVariant::FullSoftmaxThenMask, msl::MaskingVariant::MaskedSoftmax}) {
    options.variant = variant;
    result["ours_users_per_s"][msl::maskingVariantName(variant)] = searchAll();
  }
  // What encoding the template's opening once per batch saves, same run, CBS variant.
  options.variant = msl::MaskingVariant::FullSoftmaxThenMask;
  options.sharePromptPrefix = false;
  const double unshared = searchAll();
  options.sharePromptPrefix = true;
  result["ours_without_shared_prefix_users_per_s"] = unshared;
  result["shared_prefix_speedup"] =
      result["ours_users_per_s"]["full_softmax_then_mask"].get<double>() / unshared;
  result["shared_prefix_tokens"] = msl::sharedPromptPrefix(prompts);
  const std::size_t naiveUsers = std::min(o.naiveUsers, prompts.size());
  const double naive = usersPerSecond(naiveUsers, [&] {
    for (std::size_t u = 0; u < naiveUsers; ++u)
      msl::naiveConstrainedBeamSearch(model, trie, prompts[u], options);
  });
  result["naive_users_per_s"] = naive;
  result["ratio_full_softmax"] =
      result["ours_users_per_s"]["full_softmax_then_mask"].get<double>() / naive;
  result["ratio_masked_softmax"] =
      result["ours_users_per_s"]["masked_softmax"].get<double>() / naive;
  return result;
}

void runBenchEval(const BenchEvalOptions& o) {
  msl::SyntheticOptions synthetic;
  synthetic.items = o.items;
  synthetic.users = std::max<std::size_t>(o.users * 4, 200);
  const auto data = msl::generateSyntheticData(synthetic);
  const auto dataset = msl::syntheticDataset(data, synthetic);
  const fs::path folder =
      fs::temp_directory_path() / ("mslw-bench-eval-" + std::to_string(getpid()));
  msl::writeTokenizerFiles(msl::trainDatasetTokenizer(dataset).bpe, folder / "tokenizer.json");
  const auto tokenizer = msl::Tokenizer::fromFile(folder / "tokenizer.json");
  fs::remove_all(folder);
  const auto trie = msl::CatalogTrie::build(dataset.catalog, tokenizer);
  const msl::PromptBuilder builder(dataset.wording);
  std::vector<std::vector<msl::TokenId>> prompts;
  for (const msl::Sample& sample : dataset.split("test")) {
    if (prompts.size() == o.users) break;
    std::vector<std::string> history;
    for (msl::ItemId id : sample.history()) history.push_back(dataset.catalog.title(id));
    prompts.push_back(tokenizer.encode(builder.prompt(history), true));
  }
  std::size_t promptTokens = 0;
  for (const auto& prompt : prompts) promptTokens += prompt.size();
  nlohmann::json report{{"threads", torch::get_num_threads()},
                        {"catalog_items", dataset.catalog.size()},
                        {"first_token_valid", trie.trie().children(msl::TitleTrie::kRoot).size},
                        {"mean_prompt_tokens", static_cast<double>(promptTokens) / prompts.size()},
                        {"beams", o.beams},
                        {"batch", o.batch},
                        {"results", nlohmann::json::array()}};
  for (const std::string shape : {"tiny", "llama1b"}) {
    if (o.shape != "both" && o.shape != shape) continue;
    report["results"].push_back(benchShape(shape, o, tokenizer, trie, prompts));
  }
  if (o.json) {
    std::cout << report.dump(2) << "\n";
    return;
  }
  std::cout << "constrained beam search, " << o.beams << " beams, " << prompts.size()
            << " users (naive: " << std::min(o.naiveUsers, prompts.size()) << "), "
            << dataset.catalog.size() << " synthetic titles, mean prompt " << std::setprecision(0)
            << std::fixed << report["mean_prompt_tokens"].get<double>() << " tokens, "
            << torch::get_num_threads() << " threads\n"
            << std::setprecision(2);
  for (const auto& r : report["results"]) {
    std::cout << r["shape"].get<std::string>() << " (" << r["layers"] << " layers, vocabulary "
              << r["vocabulary"] << "): ours "
              << r["ours_users_per_s"]["full_softmax_then_mask"].get<double>()
              << " users/s (full softmax), "
              << r["ours_users_per_s"]["masked_softmax"].get<double>() << " (masked); naive "
              << r["naive_users_per_s"].get<double>() << " users/s; ratio "
              << r["ratio_full_softmax"].get<double>() << "x / "
              << r["ratio_masked_softmax"].get<double>() << "x; without the shared "
              << r["shared_prefix_tokens"] << "-token prompt prefix "
              << r["ours_without_shared_prefix_users_per_s"].get<double>() << " users/s ("
              << r["shared_prefix_speedup"].get<double>() << "x)\n";
  }
}

const mslw::CommandRegistration registration{
    "bench_eval", [](CLI::App& root) {
      CLI::App* bench = mslw::benchCommandGroup(root, "eval");
      auto options = std::make_shared<BenchEvalOptions>();
      auto* eval = bench->add_subcommand(
          "eval",
          "Constrained beam search users/s: batched + KV cache vs naive, tiny and 1B shape");
      eval->add_option("--shape", options->shape, "tiny, llama1b or both")->capture_default_str();
      eval->add_option("--layers", options->layers, "Layers of the Llama-3.2-1B shape (16 in full)")
          ->capture_default_str();
      eval->add_option("--users", options->users, "Users searched by ours")->capture_default_str();
      eval->add_option("--naive-users", options->naiveUsers, "Users searched by the naive search")
          ->capture_default_str();
      eval->add_option("--beams", options->beams, "Beam width")->capture_default_str();
      eval->add_option("--batch", options->batch, "Users per batched search")
          ->capture_default_str();
      eval->add_option("--items", options->items, "Synthetic catalog size")->capture_default_str();
      eval->add_flag("--json", options->json, "Print JSON");
      eval->callback([options] { runBenchEval(*options); });
    }};

}  // namespace
