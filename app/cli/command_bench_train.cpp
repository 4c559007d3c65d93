// `mslw bench train`: optimizer steps/s and tokens/s of the quick CPU preset (tiny model, full
// fine-tuning) with LML, fixed-τ MSL and MSL+ATS, measured in one run on the same data.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <vector>

#include "bench_command_group.h"
#include "command_registry.h"
#include "common/error.h"
#include "data/synthetic_catalog.h"
#include "progress_bar.h"
#include "runs/run_config.h"
#include "training/trainer.h"

namespace {

namespace fs = std::filesystem;

struct BenchTrainOptions {
  std::string data;  // "" = a synthetic catalog written to a temporary folder
  std::int64_t steps = 30;
  std::int64_t warmupSteps = 3;  // excluded from the rates: first steps pay one-time costs
  double eta = 1.0;              // small catalogs have few first tokens: n·η must exceed 1
  bool json = false;
  int processes = 0;  // also the same runs data-parallel over this many local ranks
};

class StepCollector : public msl::TrainerObserver {
 public:
  explicit StepCollector(mslw::ProgressBar* progress) : progress_(progress) {}
  void onStep(const msl::StepReport& report) override {
    steps.push_back(report);
    if (progress_) progress_->update(steps.size());
  }
  std::vector<msl::StepReport> steps;

 private:
  mslw::ProgressBar* progress_;
};

struct Throughput {
  std::string loss;
  double stepsPerSecond = 0;
  double tokensPerSecond = 0;
  double samplesPerSecond = 0;
  double firstLoss = 0;
  double lastLoss = 0;
  // Data-parallel over BenchTrainOptions::processes ranks (0 when not measured).
  double parallelStepsPerSecond = 0;
  double communicationShare = 0;  // of the parallel step time, in collectives
};

msl::RunConfig benchConfig(const std::string& kind, const BenchTrainOptions& options,
                           const fs::path& dataDir, const fs::path& scratch) {
  msl::RunConfig config = msl::presetRunConfig("quick-cpu");
  config.name = "bench-train-" + kind;
  config.data.dir = dataDir.string();
  config.loss.kind = kind;
  config.loss.eta = options.eta;
  config.training.maxSteps = options.steps;
  config.training.checkpointEvery = 0;
  // Steps/s measures training alone: the preset's evaluations would stall the clock.
  config.evaluation.everySteps = 0;
  config.evaluation.atEnd = "off";
  config.outputDir = (scratch / ("runs-" + kind)).string();
  return config;
}

// The same run as `mslw train --nproc N` (N processes, c10d Gloo): steps/s after the warm-up and
// the share of that time the ranks spent in collectives, from rank 0's step lines.
void measureProcesses(Throughput& result, const std::string& kind, const BenchTrainOptions& options,
                      const fs::path& dataDir, const fs::path& scratch) {
  const msl::RunConfig config = benchConfig(kind, options, dataDir, scratch);
  const fs::path file = scratch / ("parallel-" + kind + ".json");
  const fs::path steps = scratch / ("parallel-" + kind + ".jsonl");
  std::ofstream(file) << msl::runConfigToJson(config).dump();
  const std::string command =
      "/proc/" + std::to_string(getpid()) + "/exe train --config '" + file.string() +
      "' --store '" + (scratch / ("parallel-" + kind + ".sqlite")).string() + "' --jsonl '" +
      steps.string() + "' --json --nproc " + std::to_string(options.processes) + " > /dev/null";
  if (std::system(command.c_str()) != 0)
    throw msl::Error("bench train: the " + std::to_string(options.processes) + "-process " + kind +
                     " run failed");
  std::ifstream in(steps);
  std::vector<nlohmann::json> lines;
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(nlohmann::json::parse(line));
  const std::size_t skip = static_cast<std::size_t>(options.warmupSteps);
  if (lines.size() <= skip + 1) throw msl::Error("bench train: too few parallel steps to measure");
  double communication = 0, stepTime = 0;
  for (std::size_t i = skip; i < lines.size(); ++i) {
    communication += lines[i].at("communication_s").get<double>();
    stepTime += lines[i].at("step_s").get<double>();
  }
  const double seconds =
      lines.back().at("elapsed_s").get<double>() - lines[skip - 1].at("elapsed_s").get<double>();
  result.parallelStepsPerSecond = static_cast<double>(lines.size() - skip) / seconds;
  result.communicationShare = communication / stepTime;
}

Throughput measure(const std::string& kind, const BenchTrainOptions& options,
                   const fs::path& dataDir, const fs::path& scratch) {
  const msl::RunConfig config = benchConfig(kind, options, dataDir, scratch);
  msl::TrainerOptions trainer;
  trainer.config = config;
  trainer.storePath = (scratch / "bench.sqlite").string();
  std::optional<mslw::ProgressBar> progress;
  if (!options.json) progress.emplace(kind, static_cast<std::size_t>(options.steps));
  StepCollector collector(progress ? &*progress : nullptr);
  const msl::TrainingOutcome outcome = msl::trainBlocking(trainer, &collector);
  if (progress) progress->finish();
  if (outcome.status != msl::RunStatus::Finished) {
    throw msl::Error("bench train: the " + kind + " run did not finish: " + outcome.message);
  }
  const auto& steps = collector.steps;
  const std::size_t skip = static_cast<std::size_t>(options.warmupSteps);
  if (steps.size() <= skip + 1) {
    throw msl::Error("bench train: too few steps to measure (--steps must exceed --warmup + 1)");
  }
  const double seconds = steps.back().elapsedSeconds - steps[skip - 1].elapsedSeconds;
  const double counted = static_cast<double>(steps.size() - skip);
  double tokens = 0, samples = 0;
  for (std::size_t i = skip; i < steps.size(); ++i) {
    tokens += static_cast<double>(steps[i].tokens);
    samples += static_cast<double>(steps[i].samples);
  }
  return {kind,
          counted / seconds,
          tokens / seconds,
          samples / seconds,
          steps.front().loss,
          steps.back().loss};
}

void runBenchTrain(const BenchTrainOptions& options) {
  const fs::path scratch =
      fs::temp_directory_path() / ("mslw-bench-train-" + std::to_string(getpid()));
  fs::create_directories(scratch);
  std::vector<Throughput> results;
  try {
    fs::path dataDir = options.data;
    if (dataDir.empty()) {
      dataDir = scratch / "data";
      msl::writeSyntheticDataset(msl::SyntheticOptions{}, dataDir);
    }
    for (const char* kind : {"lml", "msl", "msl_ats"}) {
      results.push_back(measure(kind, options, dataDir, scratch));
      if (options.processes > 0) measureProcesses(results.back(), kind, options, dataDir, scratch);
    }
  } catch (...) {
    fs::remove_all(scratch);
    throw;
  }
  fs::remove_all(scratch);

  const Throughput& baseline = results.front();
  nlohmann::json report = nlohmann::json::array();
  for (const Throughput& r : results) {
    report.push_back({{"loss", r.loss},
                      {"steps_per_s", r.stepsPerSecond},
                      {"tokens_per_s", r.tokensPerSecond},
                      {"samples_per_s", r.samplesPerSecond},
                      {"speed_vs_lml", r.stepsPerSecond / baseline.stepsPerSecond},
                      {"first_loss", r.firstLoss},
                      {"last_loss", r.lastLoss}});
    if (options.processes > 0) {
      report.back()["processes"] = options.processes;
      report.back()["parallel_steps_per_s"] = r.parallelStepsPerSecond;
      report.back()["parallel_speedup"] = r.parallelStepsPerSecond / r.stepsPerSecond;
      report.back()["communication_share"] = r.communicationShare;
    }
  }
  if (options.json) {
    std::cout << nlohmann::json(
                     {{"preset", "quick-cpu"}, {"steps", options.steps}, {"runs", report}})
                     .dump(2)
              << "\n";
    return;
  }
  std::cout << "quick-cpu preset, " << options.steps << " steps each (first " << options.warmupSteps
            << " not timed)\n"
            << "loss      steps/s   tokens/s  samples/s  vs LML   first loss  last loss\n"
            << std::fixed;
  for (const Throughput& r : results) {
    std::cout << std::left << std::setw(8) << r.loss << std::right << std::setprecision(2)
              << std::setw(9) << r.stepsPerSecond << std::setprecision(0) << std::setw(11)
              << r.tokensPerSecond << std::setprecision(1) << std::setw(11) << r.samplesPerSecond
              << std::setprecision(2) << std::setw(7) << r.stepsPerSecond / baseline.stepsPerSecond
              << "x" << std::setprecision(3) << std::setw(12) << r.firstLoss << std::setw(11)
              << r.lastLoss << "\n";
  }
  if (options.processes <= 0) return;
  std::cout << "\n"
            << options.processes
            << " processes (mslw train --nproc, c10d Gloo, the cores shared out):\n"
            << "loss      steps/s   vs 1 process   in collectives\n";
  for (const Throughput& r : results) {
    std::cout << std::left << std::setw(8) << r.loss << std::right << std::setprecision(2)
              << std::setw(9) << r.parallelStepsPerSecond << std::setw(14)
              << r.parallelStepsPerSecond / r.stepsPerSecond << "x" << std::setprecision(1)
              << std::setw(16) << 100 * r.communicationShare << "%\n";
  }
}

const mslw::CommandRegistration registration{
    "bench_train", [](CLI::App& root) {
      CLI::App* bench = mslw::benchCommandGroup(root, "train");
      auto options = std::make_shared<BenchTrainOptions>();
      auto* train = bench->add_subcommand(
          "train", "Steps/s and tokens/s of the quick CPU preset with LML, MSL and MSL+ATS");
      train->add_option("--data", options->data, "Dataset folder (default: a synthetic catalog)");
      train->add_option("--steps", options->steps, "Optimizer steps per loss")
          ->capture_default_str();
      train->add_option("--warmup", options->warmupSteps, "Untimed first steps (at least 1)")
          ->capture_default_str()
          ->check(CLI::PositiveNumber);
      train->add_option("--eta", options->eta, "ATS η (n·η must exceed 1)")->capture_default_str();
      train->add_option("--nproc", options->processes,
                        "Also run each loss data-parallel over this many local processes");
      train->add_flag("--json", options->json, "Print JSON");
      train->callback([options] { runBenchTrain(*options); });
    }};

}  // namespace
