// `mslw runs ...`: the runs of the experiment store.
//   list                                   every run with its latest figures
//   show RUN                               one run: config, identities, figures, checkpoints
//   export RUN --format csv|json [--out F] steps and evaluations
//   rename RUN NAME
//   delete RUN [--yes]                     the run and everything recorded for it
// Every subcommand takes --store DB (default: $MSLW_STORE, else the XDG data folder) and --json.
#include <unistd.h>

#include <cmath>
#include <ctime>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "command_registry.h"
#include "common/atomic_file.h"
#include "common/error.h"
#include "store/experiment_store.h"
#include "store/run_export.h"
#include "store/store_location.h"

namespace {

using nlohmann::json;

struct RunsOptions {
  std::string store;
  bool json = false;
  msl::RunId run = 0;
  std::string name;
  std::string format = "csv";
  std::string out;
  bool yes = false;
};

void addCommonOptions(CLI::App* command, RunsOptions& options) {
  command->add_option("--store", options.store,
                      "Experiment store file (default: $MSLW_STORE, else "
                      "${XDG_DATA_HOME:-~/.local/share}/msl-workbench/experiments.sqlite)");
  command->add_flag("--json", options.json, "Print JSON instead of text");
}

std::string formatTime(std::optional<msl::UnixMillis> millis) {
  if (!millis) return "-";
  const std::time_t seconds = static_cast<std::time_t>(*millis / 1000);
  std::tm local{};
  localtime_r(&seconds, &local);
  std::ostringstream out;
  out << std::put_time(&local, "%Y-%m-%d %H:%M:%S");
  return out.str();
}

std::string formatDuration(std::optional<msl::UnixMillis> millis) {
  if (!millis) return "-";
  const long long total = *millis / 1000;
  std::ostringstream out;
  if (total >= 3600) out << total / 3600 << "h ";
  if (total >= 60)
    out << std::setw(total >= 3600 ? 2 : 1) << std::setfill('0') << total / 60 % 60 << "m ";
  out << std::setw(total >= 60 ? 2 : 1) << std::setfill('0') << total % 60 << "s";
  return out.str();
}

std::string formatNumber(std::optional<double> value, int precision = 4) {
  if (!value || std::isnan(*value)) return "-";
  std::ostringstream out;
  out << std::setprecision(precision) << *value;
  return out.str();
}

json optionalNumber(std::optional<double> value) {
  return value ? json(*value) : json(nullptr);
}

json summaryJson(const msl::RunSummary& summary) {
  json row = msl::runRecordJson(summary.run);
  row.erase("config");
  row["last_step"] = summary.lastStep;
  row["last_loss"] = optionalNumber(summary.lastLoss);
  row["ndcg_split"] = summary.ndcgSplit;
  row["best_ndcg_at_10"] = optionalNumber(summary.bestNdcgAt10);
  row["last_ndcg_at_10"] = optionalNumber(summary.lastNdcgAt10);
  row["duration_ms"] = summary.durationMs ? json(*summary.durationMs) : json(nullptr);
  return row;
}

msl::RunSummary summaryOf(msl::ExperimentStore& store, msl::RunId run) {
  for (auto& summary : store.listRuns()) {
    if (summary.run.id == run) return summary;
  }
  throw msl::Error(store.path() + ": no run with id " + std::to_string(run));
}

void listRuns(const RunsOptions& options) {
  msl::ExperimentStore store(msl::experimentStorePath(options.store));
  const auto runs = store.listRuns();
  if (options.json) {
    json rows = json::array();
    for (const auto& summary : runs) rows.push_back(summaryJson(summary));
    std::cout << rows.dump(2) << "\n";
    return;
  }
  if (runs.empty()) {
    std::cout << "no runs in " << store.path() << "\n";
    return;
  }
  std::cout << std::left << std::setw(5) << "ID" << std::setw(28) << "NAME" << std::setw(12)
            << "STATUS" << std::setw(9) << "LOSS" << std::setw(8) << "STEPS" << std::setw(10)
            << "LAST LOSS" << std::setw(11) << "BEST NDCG" << std::setw(11) << "LAST NDCG"
            << std::setw(21) << "CREATED"
            << "DURATION\n";
  for (const auto& summary : runs) {
    std::string name = summary.run.name;
    if (name.size() > 26) name = name.substr(0, 25) + "~";
    std::cout << std::setw(5) << summary.run.id << std::setw(28) << name << std::setw(12)
              << msl::toText(summary.run.status) << std::setw(9) << summary.run.lossKind
              << std::setw(8) << summary.lastStep << std::setw(10) << formatNumber(summary.lastLoss)
              << std::setw(11) << formatNumber(summary.bestNdcgAt10) << std::setw(11)
              << formatNumber(summary.lastNdcgAt10) << std::setw(21)
              << formatTime(summary.run.createdAt) << formatDuration(summary.durationMs) << "\n";
  }
}

void showRun(const RunsOptions& options) {
  msl::ExperimentStore store(msl::experimentStorePath(options.store));
  const msl::RunSummary summary = summaryOf(store, options.run);
  const auto checkpoints = store.checkpoints(options.run);
  const auto evaluations = store.evaluations(options.run);
  const auto latest = store.latestGoodCheckpoint(options.run);
  if (options.json) {
    json out = summaryJson(summary);
    out["config"] = msl::runRecordJson(summary.run)["config"];
    out["checkpoints"] = json::array();
    for (const auto& c : checkpoints) {
      out["checkpoints"].push_back({{"step", c.step},
                                    {"epoch", c.epoch},
                                    {"path", c.path},
                                    {"kind", msl::toText(c.kind)},
                                    {"bytes", c.bytes},
                                    {"created_at", c.createdAt}});
    }
    out["latest_good_checkpoint"] = latest ? json(latest->path) : json(nullptr);
    out["evaluations"] = evaluations.size();
    std::cout << out.dump(2) << "\n";
    return;
  }
  const msl::RunRecord& run = summary.run;
  std::cout << "run " << run.id << ": " << run.name << "\n"
            << "  status      " << msl::toText(run.status)
            << (run.failureMessage.empty() ? "" : " (" + run.failureMessage + ")") << "\n"
            << "  loss        " << run.lossKind << "\n"
            << "  dataset     " << run.dataset.path << "  " << run.dataset.hash << "\n"
            << "  checkpoint  " << run.checkpoint.path << "  " << run.checkpoint.hash << "\n"
            << "  created     " << formatTime(run.createdAt) << "\n"
            << "  started     " << formatTime(run.startedAt) << "\n"
            << "  finished    " << formatTime(run.finishedAt) << "\n"
            << "  duration    " << formatDuration(summary.durationMs) << "\n";
  if (run.parentRunId) std::cout << "  resumed from run " << *run.parentRunId << "\n";
  std::cout << "  steps       " << summary.lastStep << " (last loss "
            << formatNumber(summary.lastLoss) << ")\n";
  if (summary.bestNdcgAt10) {
    std::cout << "  NDCG@10     best " << formatNumber(summary.bestNdcgAt10) << ", last "
              << formatNumber(summary.lastNdcgAt10) << " (" << summary.ndcgSplit << ", "
              << evaluations.size() << " evaluations)\n";
  }
  std::cout << "  checkpoints " << checkpoints.size();
  if (latest) std::cout << " (latest good: step " << latest->step << ", " << latest->path << ")";
  std::cout << "\n  config\n";
  std::istringstream config(msl::runRecordJson(run)["config"].dump(2));
  for (std::string line; std::getline(config, line);) std::cout << "    " << line << "\n";
}

void exportRun(const RunsOptions& options) {
  if (options.format != "csv" && options.format != "json") {
    throw msl::Error("--format: '" + options.format + "' is not a format (expected csv or json)");
  }
  msl::ExperimentStore store(msl::experimentStorePath(options.store));
  const std::string text = options.format == "csv"
                               ? msl::exportRunCsv(store, options.run)
                               : msl::exportRunJson(store, options.run).dump(2) + "\n";
  if (options.out.empty()) {
    std::cout << text;
    return;
  }
  msl::writeFileAtomically(options.out, text);
  if (options.json) {
    std::cout << json{{"run", options.run},
                      {"format", options.format},
                      {"out", options.out},
                      {"bytes", text.size()}}
                     .dump()
              << "\n";
  } else {
    std::cout << "run " << options.run << " exported to " << options.out << " (" << text.size()
              << " bytes)\n";
  }
}

void renameRun(const RunsOptions& options) {
  msl::ExperimentStore store(msl::experimentStorePath(options.store));
  const std::string previous = store.run(options.run).name;
  store.renameRun(options.run, options.name);
  if (options.json) {
    std::cout << json{{"run", options.run}, {"previous", previous}, {"name", options.name}}.dump()
              << "\n";
  } else {
    std::cout << "run " << options.run << " renamed from '" << previous << "' to '" << options.name
              << "'\n";
  }
}

void deleteRun(const RunsOptions& options) {
  msl::ExperimentStore store(msl::experimentStorePath(options.store));
  const msl::RunSummary summary = summaryOf(store, options.run);
  if (!options.yes) {
    if (!isatty(STDIN_FILENO)) {
      throw msl::Error("refusing to delete run " + std::to_string(options.run) +
                       " without confirmation (stdin is not a terminal: pass --yes)");
    }
    std::cerr << "Delete run " << options.run << " '" << summary.run.name << "' and its "
              << summary.lastStep << " steps, evaluations, checkpoints records and logs? [y/N] ";
    std::string answer;
    std::getline(std::cin, answer);
    if (answer != "y" && answer != "Y" && answer != "yes") {
      std::cerr << "not deleted\n";
      return;
    }
  }
  store.deleteRun(options.run);
  if (options.json) {
    std::cout << json{{"deleted", options.run}, {"name", summary.run.name}}.dump() << "\n";
  } else {
    std::cout << "run " << options.run << " '" << summary.run.name << "' deleted\n";
  }
}

const mslw::CommandRegistration registration{
    "runs", [](CLI::App& root) {
      auto options = std::make_shared<RunsOptions>();
      auto* runs = root.add_subcommand("runs", "List, show, export, rename and delete runs");
      runs->require_subcommand(1);

      auto* list = runs->add_subcommand("list", "Every run with its latest figures");
      addCommonOptions(list, *options);
      list->callback([options] { listRuns(*options); });

      auto* show = runs->add_subcommand("show", "One run: config, identities, checkpoints");
      show->add_option("run", options->run, "Run id")->required();
      addCommonOptions(show, *options);
      show->callback([options] { showRun(*options); });

      auto* exporter = runs->add_subcommand("export", "A run's steps and evaluations");
      exporter->add_option("run", options->run, "Run id")->required();
      exporter->add_option("--format", options->format, "csv or json")
          ->check(CLI::IsMember({"csv", "json"}));
      exporter->add_option("--out", options->out, "Output file (default: standard output)");
      addCommonOptions(exporter, *options);
      exporter->callback([options] { exportRun(*options); });

      auto* rename = runs->add_subcommand("rename", "Give a run a new name");
      rename->add_option("run", options->run, "Run id")->required();
      rename->add_option("name", options->name, "New name")->required();
      addCommonOptions(rename, *options);
      rename->callback([options] { renameRun(*options); });

      auto* remove = runs->add_subcommand("delete", "Delete a run and everything recorded for it");
      remove->add_option("run", options->run, "Run id")->required();
      remove->add_flag("--yes,-y", options->yes, "Do not ask for confirmation");
      addCommonOptions(remove, *options);
      remove->callback([options] { deleteRun(*options); });
    }};

}  // namespace
