// `mslw data ...`: inspect, synthesize and import datasets, and print the training texts.
//   stats   --data DIR                      figures and warnings of a dataset folder
//   synth   --out DIR [--items --users --seed]   the deterministic synthetic catalog
//   import  --interactions F --items F --out DIR [--domain D]   raw interactions -> BIGRec layout
//   prompts --data DIR --split NAME [--limit N]   one JSON string per line: prompt + "target"
#include <iomanip>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "command_registry.h"
#include "data/bigrec_layout_writer.h"
#include "data/dataset.h"
#include "data/dataset_stats.h"
#include "data/interaction_import.h"
#include "data/prompt_builder.h"
#include "data/synthetic_catalog.h"

namespace {

using Json = nlohmann::ordered_json;

Json statsJson(const msl::DatasetStats& stats) {
  Json json;
  json["items"] = stats.items;
  json["users"] = stats.users;
  json["training_split"] = stats.trainingSplit;
  Json splits = Json::array();
  for (const auto& split : stats.splits) {
    Json lengths = Json::object();
    for (const auto& [length, count] : split.historyLengths)
      lengths[std::to_string(length)] = count;
    splits.push_back({{"name", split.name},
                      {"samples", split.samples},
                      {"users", split.users},
                      {"history_lengths", lengths},
                      {"targets_seen_as_training_target", split.targetsSeenAsTrainingTarget},
                      {"targets_seen_in_training", split.targetsSeenInTraining}});
  }
  json["splits"] = splits;
  Json duplicates = Json::array();
  for (const auto& [title, ids] : stats.duplicateTitles)
    duplicates.push_back({{"title", title}, {"ids", ids}});
  json["duplicate_titles"] = {{"count", stats.duplicateTitles.size()}, {"titles", duplicates}};
  json["title_length_chars"] = {{"min", stats.titleLength.min},
                                {"median", stats.titleLength.median},
                                {"mean", stats.titleLength.mean},
                                {"max", stats.titleLength.max}};
  json["warnings"] = stats.warnings;
  return json;
}

void printStats(const msl::Dataset& dataset, const msl::DatasetStats& stats) {
  std::cout << "dataset   " << dataset.name << " (" << dataset.root.string() << "), domain "
            << dataset.domain << "\n"
            << "items     " << stats.items << "\n"
            << "users     " << stats.users << "\n";
  for (const auto& split : stats.splits) {
    std::cout << "split     " << split.name << ": " << split.samples << " samples, " << split.users
              << " users; history length:";
    for (const auto& [length, count] : split.historyLengths)
      std::cout << " " << length << "=" << count;
    if (split.name != stats.trainingSplit && split.samples > 0) {
      const auto percent = [&](std::size_t n) { return 100.0 * double(n) / double(split.samples); };
      std::ostringstream seen;
      seen << std::fixed << std::setprecision(1) << "; targets seen in " << stats.trainingSplit
           << ": " << percent(split.targetsSeenInTraining) << " % (as a target "
           << percent(split.targetsSeenAsTrainingTarget) << " %)";
      std::cout << seen.str();
    }
    std::cout << "\n";
  }
  std::cout << "titles    " << stats.titleLength.min << ".." << stats.titleLength.max
            << " characters (median " << stats.titleLength.median << ", mean "
            << static_cast<int>(stats.titleLength.mean * 10 + 0.5) / 10.0 << ")\n"
            << "duplicate titles " << stats.duplicateTitles.size() << "\n";
  for (const auto& [title, ids] : stats.duplicateTitles) {
    std::cout << "  \"" << title << "\" ids";
    for (const msl::ItemId id : ids) std::cout << " " << id;
    std::cout << "\n";
  }
  std::cout << "warnings  " << stats.warnings.size() << "\n";
  for (const auto& warning : stats.warnings) std::cout << "  " << warning << "\n";
}

Json splitSizes(const msl::Dataset& dataset) {
  Json sizes = Json::object();
  for (const auto& [name, samples] : dataset.splits) sizes[name] = samples.size();
  return sizes;
}

void installStats(CLI::App& data) {
  struct Options {
    std::string dir;
    bool json = false;
  };
  auto options = std::make_shared<Options>();
  auto* command = data.add_subcommand("stats",
                                      "Items, users, samples per split, history "
                                      "lengths, duplicate titles and warnings");
  command->add_option("--data", options->dir, "Dataset folder")->required();
  command->add_flag("--json", options->json, "Print JSON");
  command->callback([options] {
    const msl::Dataset dataset = msl::loadDataset(options->dir);
    const msl::DatasetStats stats = msl::computeDatasetStats(dataset);
    if (options->json)
      std::cout << statsJson(stats).dump(2) << "\n";
    else
      printStats(dataset, stats);
  });
}

void installSynth(CLI::App& data) {
  struct Options {
    std::string out;
    msl::SyntheticOptions synthetic;
    bool json = false;
  };
  auto options = std::make_shared<Options>();
  auto* command = data.add_subcommand(
      "synth", "Write the deterministic synthetic book catalog in the BIGRec layout");
  command->add_option("--out", options->out, "Output folder")->required();
  command->add_option("--items", options->synthetic.items, "Items")->capture_default_str();
  command->add_option("--users", options->synthetic.users, "Users")->capture_default_str();
  command->add_option("--seed", options->synthetic.seed, "Seed")->capture_default_str();
  command
      ->add_option("--min-interactions", options->synthetic.minInteractionsPerUser,
                   "Fewest interactions per user")
      ->capture_default_str();
  command
      ->add_option("--max-interactions", options->synthetic.maxInteractionsPerUser,
                   "Most interactions per user")
      ->capture_default_str();
  command->add_flag("--json", options->json, "Print JSON");
  command->callback([options] {
    const msl::Dataset dataset = msl::writeSyntheticDataset(options->synthetic, options->out);
    if (options->json) {
      std::cout << Json{{"out", options->out},
                        {"items", dataset.catalog.size()},
                        {"seed", options->synthetic.seed},
                        {"splits", splitSizes(dataset)}}
                       .dump(2)
                << "\n";
      return;
    }
    std::cout << "wrote " << dataset.catalog.size() << " items to " << options->out << ":";
    for (const auto& [name, samples] : dataset.splits)
      std::cout << " " << name << "=" << samples.size();
    std::cout << "\n";
  });
}

void installImport(CLI::App& data) {
  struct Options {
    std::string interactions, out, domain = "books";
    msl::ItemsFileSpec items;
    std::string itemsFile, itemsFormat;
    msl::ImportOptions import;
    bool json = false;
  };
  auto options = std::make_shared<Options>();
  auto* command = data.add_subcommand(
      "import",
      "Build samples from user,item,timestamp interactions (sliding window, time "
      "split) and write the BIGRec layout");
  command->add_option("--interactions", options->interactions, "CSV with user,item,timestamp")
      ->required();
  command->add_option("--items", options->itemsFile, "Items file (BIGRec JSON, JSON records, CSV)")
      ->required();
  command->add_option("--items-format", options->itemsFormat,
                      "bigrec_json, json_records or csv (default: from the file)");
  command->add_option("--id-field", options->items.idField, "Item id column or field")
      ->capture_default_str();
  command->add_option("--title-field", options->items.titleField, "Title column or field")
      ->capture_default_str();
  command->add_option("--out", options->out, "Output folder")->required();
  command->add_option("--domain", options->domain, "books, toys, clothing or office")
      ->capture_default_str();
  command->add_option("--name", options->import.name, "Dataset name")->capture_default_str();
  command->add_option("--train", options->import.fractions.train, "Train fraction")
      ->capture_default_str();
  command->add_option("--valid", options->import.fractions.valid, "Validation fraction")
      ->capture_default_str();
  command->add_option("--test", options->import.fractions.test, "Test fraction")
      ->capture_default_str();
  command->add_flag("--json", options->json, "Print JSON");
  command->callback([options] {
    options->items.file = options->itemsFile;
    if (!options->itemsFormat.empty())
      options->items.format = msl::itemsFormatFromName(options->itemsFormat);
    options->import.domain = options->domain;
    msl::Dataset dataset =
        msl::importInteractions(options->interactions, options->items, options->import);
    msl::writeBigRecDataset(dataset, options->out);
    if (options->json) {
      std::cout << Json{{"out", options->out},
                        {"items", dataset.catalog.size()},
                        {"splits", splitSizes(dataset)},
                        {"warnings", dataset.report.warnings}}
                       .dump(2)
                << "\n";
      return;
    }
    std::cout << "wrote " << options->out << ": " << dataset.catalog.size() << " items;";
    for (const auto& [name, samples] : dataset.splits)
      std::cout << " " << name << "=" << samples.size();
    std::cout << "; " << dataset.report.warnings.size() << " warnings\n";
  });
}

void installPrompts(CLI::App& data) {
  struct Options {
    std::string dir, split;
    std::size_t limit = 0;
    bool json = false;
  };
  auto options = std::make_shared<Options>();
  auto* command = data.add_subcommand(
      "prompts",
      "Print the full training text (prompt + quoted target) of each sample as one "
      "JSON string per line");
  command->add_option("--data", options->dir, "Dataset folder")->required();
  command->add_option("--split", options->split, "Split name")->required();
  command->add_option("--limit", options->limit, "At most this many samples (0: all)");
  command->add_flag("--json", options->json,
                    "One JSON object per line: user_id, prompt, target, text");
  command->callback([options] {
    const msl::Dataset dataset = msl::loadDataset(options->dir);
    const msl::PromptBuilder builder(dataset.wording);
    const auto& samples = dataset.split(options->split);
    const std::size_t count =
        options->limit ? std::min(options->limit, samples.size()) : samples.size();
    for (std::size_t i = 0; i < count; ++i) {
      std::vector<std::string> history;
      for (const msl::ItemId id : samples[i].history())
        history.push_back(dataset.catalog.title(id));
      const std::string& target = dataset.catalog.title(samples[i].target());
      const std::string prompt = builder.prompt(history);
      const std::string text = prompt + msl::PromptBuilder::quotedTitle(target);
      if (options->json)
        std::cout << Json{{"user_id", samples[i].userId},
                          {"prompt", prompt},
                          {"target", msl::PromptBuilder::quotedTitle(target)},
                          {"text", text}}
                         .dump()
                  << "\n";
      else
        std::cout << Json(text).dump() << "\n";
    }
  });
}

const mslw::CommandRegistration registration{
    "data", [](CLI::App& root) {
      auto* data = root.add_subcommand("data", "Datasets: stats, synth, import, prompts");
      data->require_subcommand(1);
      installStats(*data);
      installSynth(*data);
      installImport(*data);
      installPrompts(*data);
    }};

}  // namespace
