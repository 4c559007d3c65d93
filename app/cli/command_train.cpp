// mslw train: one training run from a run config (docs/run-config.md), headless. A progress bar
// with ETA on the terminal, one JSON object per step in --jsonl, a line per evaluation
// (evaluation.every_steps, evaluation.at_end), Ctrl-C cancels at the next step boundary after
// writing a checkpoint.
#include <atomic>
#include <chrono>
#include <csignal>
#include <fstream>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>

#include "command_registry.h"
#include "common/error.h"
#include "distributed/launch_environment.h"
#include "distributed/process_group.h"
#include "local_workers.h"
#include "progress_bar.h"
#include "runs/run_config.h"
#include "store/store_location.h"
#include "training/local_world.h"
#include "training/trainer.h"

namespace {

std::atomic<bool> interrupted{false};

void onInterrupt(int) {
  interrupted = true;
}

struct TrainOptions {
  std::string config;
  std::string preset;
  std::string store;
  std::string jsonl;
  std::string device;  // "" = the config's training.device
  std::string precision;
  msl::RunId resume = 0;
  bool json = false;
  int processes = 0;            // --nproc: start this many local ranks
  int collectiveTimeout = 600;  // seconds a rank waits for its peers
};

nlohmann::json evaluationJson(const msl::EvaluationReport& report) {
  return {{"step", report.metrics.step},       {"split", report.metrics.split},
          {"samples", report.metrics.samples}, {"final", report.final},
          {"seconds", report.seconds},         {"metrics", report.metrics.metrics}};
}

nlohmann::json measuredOrNull(double value) {
  return msl::isMeasured(value) ? nlohmann::json(value) : nlohmann::json();
}

nlohmann::json stepJson(const msl::StepReport& s) {
  nlohmann::json line = {{"step", s.step},
                         {"epoch", s.epoch},
                         {"loss", s.loss},
                         {"masked_cross_entropy", measuredOrNull(s.maskedCrossEntropy)},
                         {"tau", s.tau},
                         {"tau_raw", measuredOrNull(s.tauRaw)},
                         {"grad_norm", s.gradNorm},
                         {"lr", s.learningRate},
                         {"tokens_per_s", s.tokensPerSecond},
                         {"step_s", s.stepSeconds},
                         {"elapsed_s", s.elapsedSeconds},
                         {"communication_s", s.communicationSeconds},
                         {"invalid_mass", measuredOrNull(s.invalidMass)},
                         {"memory_allocated_bytes", s.memoryAllocatedBytes},
                         {"memory_peak_bytes", s.memoryPeakBytes}};
  return line;
}

class CliObserver : public msl::TrainerObserver {
 public:
  CliObserver(std::ostream* jsonl, bool quiet) : jsonl_(jsonl), quiet_(quiet) {}

  void onStep(const msl::StepReport& report) override {
    std::lock_guard<std::mutex> lock(mutex_);
    if (jsonl_) *jsonl_ << stepJson(report).dump() << "\n" << std::flush;
    if (quiet_) return;
    if (!progress_) progress_.emplace("training", static_cast<std::size_t>(report.totalSteps));
    progress_->update(static_cast<std::size_t>(report.step));
  }
  void onLog(const std::string& level, const std::string& text) override {
    if (quiet_ && level == "info") return;
    std::lock_guard<std::mutex> lock(mutex_);
    std::cerr << "\n[" << level << "] " << text << "\n";
  }
  // The run log already prints each evaluation with its metrics and duration (onLog).
  void onEvaluation(const msl::EvaluationReport& report) override {
    std::lock_guard<std::mutex> lock(mutex_);
    evaluations_.push_back(evaluationJson(report));
  }
  nlohmann::json evaluations() {
    std::lock_guard<std::mutex> lock(mutex_);
    return evaluations_;
  }
  void onFinished(const msl::TrainingOutcome&) override {
    std::lock_guard<std::mutex> lock(mutex_);
    if (progress_) progress_->finish();
  }

 private:
  std::mutex mutex_;
  std::ostream* jsonl_;
  bool quiet_;
  std::optional<mslw::ProgressBar> progress_;
  nlohmann::json evaluations_ = nlohmann::json::array();
};

int train(const TrainOptions& o) {
  msl::RunConfig base;
  if (!o.preset.empty()) base = msl::presetRunConfig(o.preset);
  msl::TrainerOptions options;
  if (!o.config.empty()) {
    options.config = msl::loadRunConfig(o.config, base);
  } else if (o.resume) {
    throw msl::Error("mslw train --resume needs --config (the run's config, possibly extended)");
  } else {
    throw msl::Error("mslw train: give --config run.json");
  }
  if (o.resume) options.resumeRun = o.resume;
  // The command line wins over the file, through the reader so that the values are checked.
  nlohmann::json overrides = nlohmann::json::object();
  if (!o.device.empty()) overrides["training"]["device"] = o.device;
  if (!o.precision.empty()) overrides["training"]["precision"] = o.precision;
  if (!overrides.empty()) options.config = msl::runConfigFromJson(overrides, options.config);
  // A workspace's data trains into the workspace's store, the one its window shows.
  options.storePath = msl::experimentStorePathFor(o.store, options.config.data.dir);

  // A rank of a data-parallel run when a launcher (torchrun, srun, --nproc) set the variables.
  const msl::LaunchEnvironment launch = msl::launchEnvironmentFromProcess();
  const bool follower = !launch.leader();
  if (launch.launched)
    options.processGroup =
        msl::ProcessGroup::join(launch, std::chrono::seconds(o.collectiveTimeout),
                                msl::collectiveBackendFor(options.config));

  std::optional<std::ofstream> jsonl;
  if (!o.jsonl.empty() && !follower) {
    jsonl.emplace(o.jsonl, std::ios::app);
    if (!*jsonl) throw msl::Error(o.jsonl + ": cannot be written");
  }
  CliObserver observer(jsonl ? &*jsonl : nullptr, o.json || follower);
  msl::Trainer trainer(options, &observer);
  std::signal(SIGINT, onInterrupt);
  trainer.start();
  bool cancelSent = false;
  while (trainer.running()) {
    if (interrupted && !cancelSent) {
      std::cerr << "\ninterrupted: cancelling at the next step boundary (with a checkpoint)\n";
      trainer.cancel();
      cancelSent = true;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  const msl::TrainingOutcome outcome = trainer.wait();
  std::signal(SIGINT, SIG_DFL);
  const nlohmann::json report = {{"run", outcome.run},
                                 {"status", msl::toText(outcome.status)},
                                 {"steps", outcome.steps},
                                 {"checkpoint", outcome.lastCheckpoint},
                                 {"message", outcome.message},
                                 {"store", options.storePath},
                                 {"evaluations", observer.evaluations()}};
  if (follower) {
    // Rank 0 reports the run.
  } else if (o.json)
    std::cout << report.dump() << "\n";
  else
    std::cout << "run " << outcome.run << " " << msl::toText(outcome.status) << ": "
              << outcome.message << "\n";
  return outcome.status == msl::RunStatus::Finished ? 0 : 1;
}

const mslw::CommandRegistration registration{
    "train", [](CLI::App& root) {
      auto options = std::make_shared<TrainOptions>();
      auto* command = root.add_subcommand("train", "Train a recommender (LML, MSL or MSL+ATS)");
      command->add_option("--config", options->config, "run config JSON (docs/run-config.md)");
      command->add_option("--preset", options->preset,
                          "start from a preset: paper-book, paper-toy, quick-cpu");
      command->add_option("--store", options->store, "experiment store (default: see docs)");
      command->add_option("--device", options->device,
                          "auto | cpu | cuda | cuda:N (overrides training.device)");
      command->add_option("--precision", options->precision,
                          "auto | fp32 | bf16 (overrides training.precision)");
      command->add_option("--jsonl", options->jsonl, "append one JSON object per step here");
      command->add_option("--resume", options->resume,
                          "continue this run from its latest checkpoint");
      command->add_flag("--json", options->json, "print a JSON report, no progress bar");
      command->add_option("--nproc", options->processes,
                          "data-parallel over this many local processes (c10d, Gloo on the CPU)");
      command
          ->add_option("--collective-timeout", options->collectiveTimeout,
                       "seconds a rank waits for its peers before the run fails")
          ->capture_default_str();
      command->callback([options] {
        if (options->processes > 0) {
          const int status =
              mslw::runLocalWorkers(options->processes, mslw::commandLineWithoutNproc());
          if (status != 0) throw CLI::RuntimeError(status);
          return;
        }
        const int status = train(*options);
        if (status != 0) throw CLI::RuntimeError(status);
      });
    }};

}  // namespace
