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
#include "metrics/stored_evaluation.h"
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

// One side of the comparison: the run and its latest evaluation of the split.
struct Side {
  msl::RunRecord run;
  msl::StoredEvaluation evaluation;
};

json sideJson(const Side& side) {
  return {{"run", side.run.id},
          {"name", side.run.name},
          {"loss", side.run.lossKind},
          {"step", side.evaluation.metrics.step},
          {"samples", side.evaluation.metrics.samples}};
}

json comparisonJson(const Side& a, const Side& b, const std::vector<msl::MetricComparison>& table,
                    const std::string& split) {
  json metrics = json::array();
  for (const auto& row : table) metrics.push_back(mslw::metricComparisonJson(row));
  for (const char* name : {"coverage", "popularity_share"}) {
    const auto& ma = a.evaluation.metrics.metrics;
    const auto& mb = b.evaluation.metrics.metrics;
    if (!ma.count(name) || !mb.count(name)) continue;
    metrics.push_back({{"metric", name},
                       {"a", ma.at(name)},
                       {"b", mb.at(name)},
                       {"difference", mb.at(name) - ma.at(name)}});
  }
  return {{"split", split}, {"a", sideJson(a)}, {"b", sideJson(b)}, {"metrics", metrics}};
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
  const Side a{store.run(o.runA), msl::latestStoredEvaluation(store, o.runA, o.split)};
  const Side b{store.run(o.runB), msl::latestStoredEvaluation(store, o.runB, o.split)};
  const std::vector<msl::MetricComparison> table =
      msl::compareStoredEvaluations(a.evaluation, b.evaluation);
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
