// `mslw masks`: the title trie and the sparse valid-token sets of a split, or one sample's
// target position by position.
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "command_registry.h"
#include "common/error.h"
#include "data/dataset.h"
#include "trie/mask_summary.h"
#include "trie/text_layer.h"
#include "trie/tokenization_drift.h"

namespace {

struct MasksOptions {
  std::string data;
  std::string tokenizer;
  std::string split;
  long sample = -1;
  bool skipDrift = false;
  bool json = false;
};

nlohmann::json describeSample(const msl::TextLayer& layer, std::size_t index) {
  const msl::Sample& sample = layer.samples()[index];
  nlohmann::json positions = nlohmann::json::array();
  for (std::size_t t = 0; t < layer.masks.targetLength(index); ++t) {
    const msl::TokenId token = layer.masks.targetToken(index, t);
    const msl::TokenSlice valid = layer.masks.validTokens(index, t);
    nlohmann::json examples = nlohmann::json::array();
    for (std::size_t k = 0; k < valid.size && k < 20; ++k) {
      examples.push_back(
          {{"id", valid.data[k]}, {"text", layer.tokenizer.decode({valid.data[k]})}});
    }
    positions.push_back({{"position", t},
                         {"token", token},
                         {"text", layer.tokenizer.decode({token})},
                         {"valid", valid.size},
                         {"valid_examples", examples}});
  }
  return {{"sample", index},
          {"user", sample.userId},
          {"target_item", sample.target()},
          {"target_title", layer.dataset.catalog.title(sample.target())},
          {"vocab_size", layer.tokenizer.vocabSize()},
          {"positions", positions}};
}

void printSample(const nlohmann::json& report) {
  std::cout << "sample " << report["sample"].get<std::size_t>() << "  user "
            << report["user"].get<std::string>() << "  target "
            << report["target_item"].get<long long>() << " \""
            << report["target_title"].get<std::string>() << "\"\n";
  std::cout << "pos  token      valid/" << report["vocab_size"].get<std::size_t>() << "  text\n";
  for (const auto& position : report["positions"]) {
    std::cout << std::setw(3) << position["position"].get<std::size_t>() << "  " << std::setw(9)
              << position["token"].get<int>() << "  " << std::setw(10)
              << position["valid"].get<std::size_t>() << "  "
              << nlohmann::json(position["text"]).dump() << "\n";
  }
}

void runMasks(const MasksOptions& options) {
  auto layerPtr = msl::TextLayer::load(options.data, options.tokenizer, options.split);
  msl::TextLayer& layer = *layerPtr;
  if (options.sample >= 0) {
    if (static_cast<std::size_t>(options.sample) >= layer.samples().size()) {
      throw msl::Error("--sample " + std::to_string(options.sample) + " is out of range: split '" +
                       layer.splitName + "' has " + std::to_string(layer.samples().size()) +
                       " samples");
    }
    const nlohmann::json report = describeSample(layer, static_cast<std::size_t>(options.sample));
    if (options.json) {
      std::cout << report.dump(2) << "\n";
    } else {
      printSample(report);
    }
    return;
  }
  if (!options.skipDrift) layer.checkDrift();
  const nlohmann::json report = layer.report();
  if (options.json) {
    std::cout << report.dump(2) << "\n";
  } else {
    msl::printTextLayerReport(report, std::cout);
  }
}

const mslw::CommandRegistration registration{
    "masks", [](CLI::App& root) {
      auto options = std::make_shared<MasksOptions>();
      auto* command = root.add_subcommand(
          "masks", "Title trie and sparse valid-token masks of a dataset split, or of one sample");
      command->add_option("--data", options->data, "Dataset folder")->required();
      command->add_option("--tokenizer", options->tokenizer, "Hugging Face tokenizer.json")
          ->required();
      command->add_option("--split", options->split,
                          "Split to build masks for (default: train_10000, else train)");
      command->add_option("--sample", options->sample,
                          "Show one sample's target positions: token, text, valid-set size");
      command->add_flag("--no-drift", options->skipDrift, "Skip the tokenization drift check");
      command->add_flag("--json", options->json, "Print JSON");
      command->callback([options] { runMasks(*options); });
    }};

}  // namespace
