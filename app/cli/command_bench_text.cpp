// `mslw bench text`: our tokenizer against Hugging Face's Rust tokenizers (encode_batch, from the
// reference Python environment) on the same prompts, one thread each, in the same run; plus
// trie/mask build time and mask memory against the reference's dense masks.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "bench_command_group.h"
#include "command_registry.h"
#include "common/error.h"
#include "common/hf_reference.h"
#include "data/prompt_builder.h"
#include "trie/mask_summary.h"
#include "trie/text_layer.h"

namespace {

namespace fs = std::filesystem;

struct BenchTextOptions {
  std::string data = MSLW_SOURCE_DIR "/../shared/data/amazon_books";
  std::string split = "train_10000";
  std::string tokenizer;
  bool json = false;
};

struct Pass {
  std::size_t tokens = 0;
  long long checksum = 0;
  double seconds = 0;
};

Pass encodeAll(const msl::Tokenizer& tokenizer, const std::vector<std::string>& texts) {
  Pass pass;
  const auto start = std::chrono::steady_clock::now();
  for (const std::string& text : texts) {
    const auto ids = tokenizer.encode(text, false);
    pass.tokens += ids.size();
    for (msl::TokenId id : ids) pass.checksum = (pass.checksum * 31 + id) % 1000000007;
  }
  pass.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return pass;
}

// Our encoder runs on one thread; so does the reference.
constexpr int kThreads = 1;

nlohmann::json runReference(const BenchTextOptions& options, const fs::path& inputs) {
  const std::string command =
      "'" + msl::referencePython().string() + "' '" MSLW_SOURCE_DIR "/bench/tokenizer_speed.py' '" +
      options.tokenizer + "' '" + inputs.string() + "' " + std::to_string(kThreads);
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) throw msl::Error("bench text: cannot start " + msl::referencePython().string());
  std::string output;
  char buffer[4096];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  if (pclose(pipe) != 0 || output.empty()) {
    throw msl::Error("bench text: the reference tokenizer failed: " +
                     msl::referenceUnavailableReason({"tokenizers"}));
  }
  return nlohmann::json::parse(output);
}

void runBenchText(BenchTextOptions options) {
  if (options.tokenizer.empty()) options.tokenizer = msl::sharedTokenizerFile("llama3").string();
  if (!fs::exists(options.data)) throw msl::Error("bench text: no dataset at " + options.data);
  auto layer = msl::TextLayer::load(options.data, options.tokenizer, options.split);
  const msl::PromptBuilder prompts(layer->dataset.wording);
  std::vector<std::string> texts;
  for (const msl::Sample& sample : layer->samples()) {
    std::vector<std::string> history;
    for (msl::ItemId id : sample.history()) history.push_back(layer->dataset.catalog.title(id));
    texts.push_back(prompts.fullText(history, layer->dataset.catalog.title(sample.target())));
  }
  const fs::path inputs =
      fs::temp_directory_path() / ("mslw-bench-text-" + std::to_string(getpid()) + ".jsonl");
  {
    std::ofstream out(inputs);
    for (const std::string& text : texts) out << nlohmann::json(text).dump() << "\n";
  }
  const Pass cold = encodeAll(layer->tokenizer, texts);
  const Pass warm = encodeAll(layer->tokenizer, texts);
  nlohmann::json reference;
  try {
    reference = runReference(options, inputs);
  } catch (...) {
    fs::remove(inputs);
    throw;
  }
  fs::remove(inputs);

  const msl::MaskSummary masks = msl::summarizeMasks(layer->masks, layer->tokenizer.vocabSize());
  const double referenceCold =
      reference["tokens"].get<double>() / reference["cold_seconds"].get<double>();
  const double referenceWarm =
      reference["tokens"].get<double>() / reference["warm_seconds"].get<double>();
  const double oursCold = static_cast<double>(cold.tokens) / cold.seconds;
  const double oursWarm = static_cast<double>(warm.tokens) / warm.seconds;
  const nlohmann::json result = {
      {"dataset", options.data},
      {"split", layer->splitName},
      {"tokenizer", options.tokenizer},
      {"texts", texts.size()},
      {"tokens", cold.tokens},
      {"threads", kThreads},
      {"reference", "tokenizers (Rust) encode_batch"},
      {"ids_identical_to_reference", reference["checksum"].get<long long>() == cold.checksum &&
                                         reference["tokens"].get<std::size_t>() == cold.tokens},
      {"ours_tokens_per_s", {{"cold", oursCold}, {"warm", oursWarm}}},
      {"reference_tokens_per_s", {{"cold", referenceCold}, {"warm", referenceWarm}}},
      {"speed_ratio", {{"cold", oursCold / referenceCold}, {"warm", oursWarm / referenceWarm}}},
      {"trie_build_seconds", layer->trieSeconds},
      {"masks_build_seconds", layer->masksSeconds},
      {"mask_bytes",
       {{"sparse", masks.memory.sparseBytes}, {"dense_reference", masks.memory.denseBytes}}},
      {"mask_memory_ratio", masks.memory.ratio()}};
  if (options.json) {
    std::cout << result.dump(2) << "\n";
    return;
  }
  std::cout << std::fixed << std::setprecision(0);
  std::cout << "tokenizer speed on " << texts.size() << " prompts of " << layer->splitName << " ("
            << cold.tokens << " tokens), " << options.tokenizer << "\n"
            << "  ours       " << oursCold << " tokens/s cold, " << oursWarm << " warm\n"
            << "  reference  " << referenceCold << " tokens/s cold, " << referenceWarm
            << " warm (tokenizers encode_batch, " << kThreads << " thread each)\n"
            << std::setprecision(2) << "  ratio      " << oursCold / referenceCold << "x cold, "
            << oursWarm / referenceWarm << "x warm; ids identical: "
            << (result["ids_identical_to_reference"].get<bool>() ? "yes" : "NO") << "\n"
            << std::setprecision(3) << "trie build   " << layer->trieSeconds << " s ("
            << layer->catalogTrie.itemCount() << " titles)\n"
            << "masks build  " << layer->masksSeconds << " s (" << masks.samples << " samples)\n"
            << std::setprecision(0) << "mask memory  " << masks.memory.sparseBytes
            << " bytes sparse vs " << masks.memory.denseBytes << " dense: " << masks.memory.ratio()
            << "x less\n";
}

const mslw::CommandRegistration registration{
    "bench_text", [](CLI::App& root) {
      auto options = std::make_shared<BenchTextOptions>();
      auto* text = mslw::benchCommandGroup(root, "text")
                       ->add_subcommand("text",
                                        "Tokenizer speed vs Hugging Face's tokenizers, trie/mask "
                                        "build time, mask memory");
      text->add_option("--data", options->data, "Dataset folder")->capture_default_str();
      text->add_option("--split", options->split, "Split whose prompts are tokenized")
          ->capture_default_str();
      text->add_option("--tokenizer", options->tokenizer,
                       "tokenizer.json (default: Llama-3's from ../shared/tokenizers)");
      text->add_flag("--json", options->json, "Print JSON");
      text->callback([options] { runBenchText(*options); });
    }};

}  // namespace
