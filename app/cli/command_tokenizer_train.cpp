// mslw tokenizer train: learns a byte-level BPE tokenizer (Llama-3 pre-tokenization) from a
// dataset's catalog titles and training prompts, or from a text file, and writes
// tokenizer.json + tokenizer_config.json that Hugging Face loads, so that the demo can build
// small models without downloading a tokenizer.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "bpe_training/bpe_trainer.h"
#include "bpe_training/tokenizer_json_writer.h"
#include "command_registry.h"
#include "common/error.h"
#include "data/dataset.h"
#include "data/tokenizer_corpus.h"

namespace {

namespace fs = std::filesystem;

struct TrainOptions {
  std::string dataDir;
  std::string split;
  std::string corpusFile;
  std::string out;
  std::size_t vocabSize = msl::BpeTrainingOptions{}.vocabSize;
  std::size_t minFrequency = msl::BpeTrainingOptions{}.minFrequency;
  bool json = false;
};

// What the tokenizer learns from, with the dataset loader's warnings (none for a text file).
struct Corpus : msl::TokenizerCorpus {
  std::vector<std::string> warnings;
};

Corpus corpusFromDataset(const fs::path& dir, const std::string& split) {
  const msl::Dataset dataset = msl::loadDataset(dir);
  Corpus corpus;
  static_cast<msl::TokenizerCorpus&>(corpus) = msl::tokenizerCorpus(dataset, split);
  corpus.warnings = dataset.report.warnings;
  return corpus;
}

Corpus corpusFromTextFile(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw msl::Error(file.string() + ":0: cannot open");
  Corpus corpus;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) corpus.texts.push_back(std::move(line));
  }
  return corpus;
}

void run(const TrainOptions& options) {
  const Corpus corpus = options.corpusFile.empty()
                            ? corpusFromDataset(options.dataDir, options.split)
                            : corpusFromTextFile(options.corpusFile);
  for (const std::string& warning : corpus.warnings)
    std::cerr << "mslw: warning: " << warning << "\n";
  if (corpus.texts.empty()) throw msl::Error("the corpus is empty: nothing to train on");

  msl::BpeTrainingOptions trainingOptions;
  trainingOptions.vocabSize = options.vocabSize;
  trainingOptions.minFrequency = options.minFrequency;
  const auto start = std::chrono::steady_clock::now();
  msl::BpeTrainer trainer(trainingOptions);
  trainer.addTexts(corpus.texts);
  const msl::ByteLevelBpe bpe = trainer.train();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  msl::writeTokenizerFiles(bpe, options.out);
  const fs::path configFile = fs::path(options.out).parent_path() / "tokenizer_config.json";

  if (options.json) {
    nlohmann::json report;
    report["tokenizer"] = options.out;
    report["tokenizer_config"] = configFile.string();
    report["vocab_size"] = bpe.vocabSize();
    report["requested_vocab_size"] = options.vocabSize;
    report["merges"] = bpe.merges().size();
    report["special_tokens"] = bpe.specialTokens();
    report["texts"] = corpus.texts.size();
    report["titles"] = corpus.titles;
    report["prompts"] = corpus.prompts;
    if (!corpus.split.empty()) report["split"] = corpus.split;
    report["distinct_words"] = trainer.distinctWordCount();
    report["training_seconds"] = seconds;
    report["warnings"] = corpus.warnings;
    std::cout << report.dump(2) << "\n";
    return;
  }
  std::cout << "corpus: " << corpus.texts.size() << " texts";
  if (!corpus.split.empty()) {
    std::cout << " (" << corpus.titles << " titles, " << corpus.prompts << " prompts of split "
              << corpus.split << ")";
  }
  std::cout << ", " << trainer.distinctWordCount() << " distinct words\n"
            << "vocab size: " << bpe.vocabSize() << " (requested " << options.vocabSize << ", "
            << bpe.specialTokens().size() << " special tokens)\n"
            << "merges: " << bpe.merges().size() << "\n"
            << "training time: " << seconds << " s\n"
            << "wrote " << options.out << " and " << configFile.string() << "\n";
}

// `mslw tokenizer` may also be created by another command file; share it rather than clash.
CLI::App* tokenizerGroup(CLI::App& root) {
  const auto existing =
      root.get_subcommands([](CLI::App* command) { return command->get_name() == "tokenizer"; });
  if (!existing.empty()) return existing.front();
  auto* group = root.add_subcommand("tokenizer", "Train tokenizers");
  group->require_subcommand(1);
  return group;
}

const mslw::CommandRegistration registration{
    "tokenizer train", [](CLI::App& root) {
      auto options = std::make_shared<TrainOptions>();
      auto* command = tokenizerGroup(root)->add_subcommand(
          "train", "Train a byte-level BPE tokenizer and write a Hugging Face tokenizer.json");
      auto* data = command
                       ->add_option("--data", options->dataDir,
                                    "Dataset folder: corpus = quoted catalog titles + full "
                                    "prompts of the training split")
                       ->check(CLI::ExistingDirectory);
      command
          ->add_option(
              "--split", options->split,
              "Training split for the prompts (default train_10000, else train, else the first)")
          ->needs(data);
      auto* corpus =
          command
              ->add_option("--corpus", options->corpusFile, "Text file, one training text per line")
              ->check(CLI::ExistingFile);
      data->excludes(corpus);
      command
          ->add_option("--vocab-size", options->vocabSize,
                       "Vocabulary size including 256 bytes and 3 special tokens")
          ->capture_default_str()
          ->check(CLI::Range(259, 1 << 20));
      command
          ->add_option("--min-frequency", options->minFrequency,
                       "Stop merging when the best pair occurs fewer times")
          ->capture_default_str();
      command
          ->add_option("--out", options->out,
                       "tokenizer.json to write (tokenizer_config.json "
                       "goes beside it)")
          ->required();
      command->add_flag("--json", options->json, "Print the training report as JSON");
      command->callback([options, data, corpus] {
        if (data->count() == 0 && corpus->count() == 0) {
          throw CLI::RequiredError("--data or --corpus");
        }
        run(*options);
      });
    }};

}  // namespace
