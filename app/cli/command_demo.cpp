// `mslw demo`: the workbench's main job on a fresh machine with no data and no downloads.
// For now (text layer): synthesize a catalog (or use --data), train a byte-level BPE tokenizer
// on it, build the title trie and the sparse masks, check tokenization drift, print it all.
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "bpe_training/bpe_trainer.h"
#include "bpe_training/tokenizer_json_writer.h"
#include "command_registry.h"
#include "data/dataset_stats.h"
#include "data/synthetic_catalog.h"
#include "data/tokenizer_corpus.h"
#include "progress_bar.h"
#include "trie/text_layer.h"

namespace {

namespace fs = std::filesystem;

struct DemoOptions {
  std::string data;
  std::string workspace;
  std::size_t vocabSize = 0;  // 0: 2048 for the synthetic catalog, 8192 for real data
  msl::SyntheticOptions synthetic;
  bool json = false;
};

fs::path defaultWorkspace() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
    return fs::path(xdg) / "msl-workbench" / "demo";
  }
  const char* home = std::getenv("HOME");
  return fs::path(home ? home : ".") / ".local" / "share" / "msl-workbench" / "demo";
}

void step(bool quiet, int index, const std::string& what) {
  if (!quiet) std::cerr << "[" << index << "/4] " << what << "\n";
}

void runDemo(DemoOptions options) {
  const fs::path workspace =
      options.workspace.empty() ? defaultWorkspace() : fs::path(options.workspace);
  fs::create_directories(workspace);
  const bool quiet = options.json;

  fs::path dataDir = options.data;
  if (options.data.empty()) {
    dataDir = workspace / "data";
    step(quiet, 1,
         "synthesizing a catalog (" + std::to_string(options.synthetic.items) + " items, " +
             std::to_string(options.synthetic.users) + " users, seed " +
             std::to_string(options.synthetic.seed) + ") in " + dataDir.string());
    msl::writeSyntheticDataset(options.synthetic, dataDir);
  } else {
    step(quiet, 1, "loading the dataset " + dataDir.string());
  }
  const msl::Dataset dataset = msl::loadDataset(dataDir);
  const msl::DatasetStats stats = msl::computeDatasetStats(dataset);

  const msl::TokenizerCorpus corpus = msl::tokenizerCorpus(dataset);
  msl::BpeTrainingOptions training;
  training.vocabSize = options.vocabSize ? options.vocabSize : (options.data.empty() ? 2048 : 8192);
  step(quiet, 2,
       "training a byte-level BPE tokenizer (vocabulary " + std::to_string(training.vocabSize) +
           ") on " + std::to_string(corpus.titles) + " titles and " +
           std::to_string(corpus.prompts) + " prompts of " + corpus.split);
  msl::BpeTrainer trainer(training);
  trainer.addTexts(corpus.texts);
  std::optional<mslw::ProgressBar> progress;
  if (!quiet) progress.emplace("tokenizer merges", training.vocabSize);
  const msl::ByteLevelBpe bpe = trainer.train([&](std::size_t learnt, std::size_t wanted) {
    if (progress) progress->update(learnt * training.vocabSize / std::max<std::size_t>(wanted, 1));
    return true;
  });
  if (progress) progress->finish();
  const fs::path tokenizerPath = workspace / "tokenizer" / "tokenizer.json";
  msl::writeTokenizerFiles(bpe, tokenizerPath);

  step(quiet, 3, "building the title trie and the sparse masks of " + corpus.split);
  // Reloaded from the written file: the demo exercises the same path a user's tokenizer takes.
  auto layer = msl::TextLayer::build(msl::Dataset(dataset), msl::Tokenizer::fromFile(tokenizerPath),
                                     corpus.split);
  step(quiet, 4, "checking tokenization drift");
  layer->checkDrift();

  nlohmann::json report = layer->report();
  report["workspace"] = workspace.string();
  report["tokenizer"]["file"] = tokenizerPath.string();
  nlohmann::json splits = nlohmann::json::object();
  for (const auto& split : stats.splits) splits[split.name] = split.samples;
  report["dataset"]["users"] = stats.users;
  report["dataset"]["splits"] = splits;
  if (options.json) {
    std::cout << report.dump(2) << "\n";
    return;
  }
  std::cout << "\nMSL Workbench demo workspace: " << workspace.string() << "\n";
  std::cout << "users        " << stats.users << "; samples per split:";
  for (const auto& split : stats.splits) std::cout << " " << split.name << " " << split.samples;
  std::cout << "\n";
  msl::printTextLayerReport(report, std::cout);
  std::cout << "tokenizer    " << tokenizerPath.string() << "\n\nTry:\n  mslw masks --data "
            << dataDir.string() << " --tokenizer " << tokenizerPath.string() << " --sample 0\n";
}

const mslw::CommandRegistration registration{
    "demo", [](CLI::App& root) {
      auto options = std::make_shared<DemoOptions>();
      auto* command = root.add_subcommand(
          "demo", "The main job end to end on a synthetic catalog (or --data DIR), no downloads");
      command->add_option("--data", options->data,
                          "Use this dataset folder instead of a synthetic one");
      command->add_option("--workspace", options->workspace,
                          "Where the demo writes (default: ~/.local/share/msl-workbench/demo)");
      command->add_option("--vocab-size", options->vocabSize,
                          "Tokenizer vocabulary (default 2048 synthetic, 8192 real data)");
      command->add_option("--items", options->synthetic.items, "Synthetic catalog items")
          ->capture_default_str();
      command->add_option("--users", options->synthetic.users, "Synthetic users")
          ->capture_default_str();
      command->add_option("--seed", options->synthetic.seed, "Synthetic catalog seed")
          ->capture_default_str();
      command->add_flag("--json", options->json, "Print the report as JSON");
      command->callback([options] { runDemo(*options); });
    }};

}  // namespace
