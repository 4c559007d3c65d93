// mslw baseline popularity|markov|sasrec|series --data DIR: a recommender without a language model,
// evaluated on a split exactly as `mslw eval` evaluates a model, and with --store recorded as a run
// that `mslw compare`, `mslw runs` and the Runs page show beside the LLM runs.
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "baselines/baseline_run.h"
#include "command_registry.h"
#include "progress_bar.h"
#include "store/store_location.h"

namespace {

struct BaselineOptions {
  std::string kind;
  std::string data;
  std::string split = "test";
  std::string trainSplit;  // "" = the split LLM runs train on
  std::size_t limit = 0;
  std::size_t titles = 10;
  std::string name;
  std::string store;
  bool record = false;
  bool json = false;
};

void runBaselineCommand(const BaselineOptions& o) {
  msl::BaselineRunOptions options;
  options.kind = o.kind;
  options.dataDir = o.data;
  options.trainSplit = o.trainSplit;
  options.name = o.name;
  options.evaluation.split = o.split;
  options.evaluation.limit = o.limit;
  options.evaluation.titles = o.titles;
  if (!o.json) options.log = [](const std::string& line) { std::cerr << line << "\n"; };
  if (!o.trainSplit.empty()) options.evaluation.popularitySplit = o.trainSplit;
  std::unique_ptr<msl::ExperimentStore> store;
  if (o.record || !o.store.empty())
    store = std::make_unique<msl::ExperimentStore>(msl::experimentStorePathFor(o.store, o.data));
  std::unique_ptr<mslw::ProgressBar> bar;
  const auto outcome =
      msl::runBaseline(options, store.get(), [&](std::size_t done, std::size_t total) {
        if (!o.json) {
          if (!bar) bar = std::make_unique<mslw::ProgressBar>(o.kind + " " + o.split, total);
          bar->update(done);
        }
        return true;
      });
  if (bar) bar->finish();
  const auto& result = outcome.result;
  if (o.json) {
    nlohmann::json report = {{"baseline", o.kind},
                             {"split", o.split},
                             {"train_split", outcome.trainSplit},
                             {"samples", result.samples.size()},
                             {"metrics", result.metrics}};
    if (outcome.run) report["run"] = outcome.run;
    std::cout << report.dump() << "\n";
    return;
  }
  std::cout << o.kind << " baseline on " << result.samples.size() << " samples of " << o.split
            << " (fitted on " << outcome.trainSplit << ", " << o.titles << " titles) in "
            << std::fixed << std::setprecision(2) << result.seconds << " s";
  if (outcome.run) std::cout << "; recorded as run " << outcome.run << " in " << store->path();
  std::cout << "\n" << std::setprecision(4);
  for (const auto& [name, value] : result.metrics)
    std::cout << "  " << name << " " << value << "\n";
}

const mslw::CommandRegistration registration{
    "baseline", [](CLI::App& root) {
      auto options = std::make_shared<BaselineOptions>();
      auto* command = root.add_subcommand(
          "baseline", "Evaluate a recommender without a language model, as runs are evaluated");
      command->add_option("kind", options->kind, "popularity | markov | sasrec | series")
          ->required()
          ->check(CLI::IsMember(msl::baselineKinds()));
      command->add_option("--data", options->data, "Dataset folder")->required();
      command->add_option("--split", options->split, "Split to evaluate")->capture_default_str();
      command->add_option("--train-split", options->trainSplit,
                          "Split the baseline is fitted on (default: the one LLM runs train on, "
                          "train_10000 on Amazon Books)");
      command->add_option("--limit", options->limit, "First N samples only (0 = all)");
      command->add_option("--titles", options->titles, "Titles per list (K, as --beams)")
          ->capture_default_str();
      command->add_option("--name", options->name, "Run name (default: kind and dataset)");
      command->add_option("--store", options->store,
                          "Record the run in this experiment store (default with --record: "
                          "$MSLW_STORE, else the dataset's workspace store, else the XDG data "
                          "folder)");
      command->add_flag("--record", options->record, "Record the run in the default store");
      command->add_flag("--json", options->json, "Print JSON");
      command->callback([options] { runBaselineCommand(*options); });
    }};

}  // namespace
