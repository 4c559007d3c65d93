// `mslw compare RUN_A RUN_B`: the two runs' latest stored evaluations of one split, paired by
// sample index: every ranking metric for both, B - A, and the paired t, sign and Wilcoxon
// tests' p-values (core/metrics/paired_comparison.h). Catalog metrics (coverage, popularity
// share) have no per-sample values: printed with their difference, without a test.
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "command_registry.h"
#include "common/error.h"
#include "metric_comparison_json.h"
#include "metrics/metric_comparison.h"
#include "metrics/stored_sample_ranks.h"
#include "store/experiment_store.h"
#include "store/store_location.h"

namespace {

using nlohmann::json;

struct CompareOptions {
  msl::RunId runA = 0;
  msl::RunId runB = 0;
  std::string store;
  std::string split = "test";
  bool json = false;
};

struct StoredEvaluation {
  msl::RunRecord run;
  msl::EvaluationMetrics metrics;
  std::vector<msl::SampleRank> ranks;
};

StoredEvaluation latestEvaluation(msl::ExperimentStore& store, msl::RunId id,
                                  const std::string& split) {
  StoredEvaluation found;
  found.run = store.run(id);
  const std::string where = store.path() + ": run " + std::to_string(id);
  std::string evaluated;
  bool any = false;
  for (const auto& evaluation : store.evaluations(id)) {
    if (evaluation.split == split) {
      found.metrics = evaluation;  // ordered by step: the last one wins
      any = true;
    } else {
      evaluated += (evaluated.empty() ? "" : ", ") + evaluation.split + " at step " +
                   std::to_string(evaluation.step);
    }
  }
  if (!any) {
    throw msl::Error(where + " has no stored evaluation of split '" + split + "' (" +
                     (evaluated.empty() ? "no evaluations at all" : "it has: " + evaluated) +
                     "); run `mslw eval --run " + std::to_string(id) + " --split " + split +
                     " --store " + store.path() + "` first");
  }
  found.ranks = msl::storedSampleRanks(store, id, found.metrics.step, split);
  if (static_cast<std::int64_t>(found.ranks.size()) != found.metrics.samples) {
    throw msl::Error(where + ", split " + split + " at step " + std::to_string(found.metrics.step) +
                     ": " + std::to_string(found.ranks.size()) +
                     " per-sample ranks stored for an evaluation of " +
                     std::to_string(found.metrics.samples) +
                     " samples; evaluate it again with `mslw eval --run`");
  }
  return found;
}

json side(const StoredEvaluation& evaluation) {
  return {{"run", evaluation.run.id},
          {"name", evaluation.run.name},
          {"loss", evaluation.run.lossKind},
          {"step", evaluation.metrics.step},
          {"samples", evaluation.metrics.samples}};
}

json comparisonJson(const StoredEvaluation& a, const StoredEvaluation& b,
                    const std::vector<msl::MetricComparison>& table, const std::string& split) {
  json metrics = json::array();
  for (const auto& row : table) metrics.push_back(mslw::metricComparisonJson(row));
  for (const char* name : {"coverage", "popularity_share"}) {
    const auto& ma = a.metrics.metrics;
    const auto& mb = b.metrics.metrics;
    if (!ma.count(name) || !mb.count(name)) continue;
    metrics.push_back({{"metric", name},
                       {"a", ma.at(name)},
                       {"b", mb.at(name)},
                       {"difference", mb.at(name) - ma.at(name)}});
  }
  return {{"split", split}, {"a", side(a)}, {"b", side(b)}, {"metrics", metrics}};
}

void printComparison(const json& report) {
  const auto describe = [](const json& run) {
    return "run " + std::to_string(run["run"].get<msl::RunId>()) + " \"" +
           run["name"].get<std::string>() + "\" (" + run["loss"].get<std::string>() + ", step " +
           std::to_string(run["step"].get<std::int64_t>()) + ")";
  };
  std::cout << "split " << report["split"].get<std::string>() << ", "
            << report["a"]["samples"].get<std::int64_t>() << " paired samples\n"
            << "  A = " << describe(report["a"]) << "\n  B = " << describe(report["b"]) << "\n";
  std::cout << std::left << std::setw(18) << "metric" << std::right << std::setw(9) << "A"
            << std::setw(9) << "B" << std::setw(10) << "B - A" << std::setw(10) << "t-test p"
            << std::setw(10) << "sign p" << std::setw(12) << "Wilcoxon p" << std::setw(16)
            << "B>A / A>B\n";
  for (const auto& row : report["metrics"]) {
    std::cout << std::left << std::setw(18) << row["metric"].get<std::string>() << std::right
              << std::fixed << std::setprecision(4) << std::setw(9) << row["a"].get<double>()
              << std::setw(9) << row["b"].get<double>() << std::showpos << std::setw(10)
              << row["difference"].get<double>() << std::noshowpos;
    if (row.contains("t_test_p")) {
      std::cout << std::setw(10) << row["t_test_p"].get<double>() << std::setw(10)
                << row["sign_test_p"].get<double>() << std::setw(12)
                << row["wilcoxon_p"].get<double>() << std::setw(15)
                << (std::to_string(row["b_better"].get<std::size_t>()) + " / " +
                    std::to_string(row["a_better"].get<std::size_t>()));
    } else {
      std::cout << "  (no per-sample values: no test)";
    }
    std::cout << "\n";
  }
}

void runCompare(const CompareOptions& o) {
  msl::ExperimentStore store(msl::experimentStorePath(o.store));
  const StoredEvaluation a = latestEvaluation(store, o.runA, o.split);
  const StoredEvaluation b = latestEvaluation(store, o.runB, o.split);
  std::vector<msl::MetricComparison> table;
  try {
    table = msl::compareMetrics(a.ranks, b.ranks);
  } catch (const msl::Error& error) {
    throw msl::Error("runs " + std::to_string(o.runA) + " and " + std::to_string(o.runB) +
                     " evaluated different samples of split " + o.split + " (run " +
                     std::to_string(o.runA) + ": " + std::to_string(a.ranks.size()) + " at step " +
                     std::to_string(a.metrics.step) + ", run " + std::to_string(o.runB) + ": " +
                     std::to_string(b.ranks.size()) + " at step " + std::to_string(b.metrics.step) +
                     "); evaluate both on the same samples: " + error.what());
  }
  const json report = comparisonJson(a, b, table, o.split);
  if (o.json)
    std::cout << report.dump(2) << "\n";
  else
    printComparison(report);
}

const mslw::CommandRegistration registration{
    "compare", [](CLI::App& root) {
      auto options = std::make_shared<CompareOptions>();
      auto* command = root.add_subcommand(
          "compare", "Two runs' latest evaluations of a split, paired by sample, with tests");
      command->add_option("RUN_A", options->runA, "Run A (the baseline)")->required();
      command->add_option("RUN_B", options->runB, "Run B (differences are B - A)")->required();
      command->add_option("--store", options->store,
                          "Experiment store (default: $MSLW_STORE, else the XDG data folder)");
      command->add_option("--split", options->split, "Split whose evaluations are compared")
          ->capture_default_str();
      command->add_flag("--json", options->json, "Print JSON");
      command->callback([options] { runCompare(*options); });
    }};

}  // namespace
