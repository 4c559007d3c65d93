// `mslw eval`: constrained beam search over a split of a dataset with a checkpoint folder
// (--ckpt) or a stored run's checkpoint (--run), printing the paper's ranking metrics. A
// checkpoint folder's evaluation is recorded in --store as a run of its own; a run's is
// recorded in that run at the checkpoint's step, where `mslw compare` finds it.
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>

#include "command_registry.h"
#include "common/error.h"
#include "evaluation/store_evaluation.h"
#include "evaluation_session.h"
#include "progress_bar.h"
#include "store/experiment_store.h"
#include "store/store_location.h"

namespace {

struct EvalOptions {
  std::string checkpoint;
  msl::RunId run = 0;
  std::optional<std::int64_t> step;
  std::string adapter;
  std::string data;
  std::string split = "test";
  std::size_t limit = 0;
  std::size_t beams = 10;
  std::size_t batch = 8;
  bool maskBeforeSoftmax = false;
  std::string store;
  std::string device = "auto";
  bool json = false;
};

void runEval(const EvalOptions& o) {
  if (o.checkpoint.empty() == (o.run == 0)) throw msl::Error("mslw eval: give --ckpt or --run");
  if (o.run == 0 && o.data.empty()) throw msl::Error("mslw eval --ckpt: give --data");
  std::optional<msl::RunCheckpoint> checkpoint;
  std::unique_ptr<mslw::EvaluationSession> session;
  if (o.run != 0) {
    msl::ExperimentStore store(msl::experimentStorePath(o.store));
    checkpoint = msl::resolveRunCheckpoint(store, o.run, o.step);
    session = mslw::openRunEvaluationSession(*checkpoint, o.data, o.device);
  } else {
    session = mslw::openEvaluationSession(o.checkpoint, o.adapter, o.data, o.device);
  }
  msl::EvaluationOptions options;
  options.split = o.split;
  options.limit = o.limit;
  options.batchSize = o.batch;
  options.beam.beams = o.beams;
  options.beam.returned = o.beams;
  options.beam.variant = o.maskBeforeSoftmax ? msl::MaskingVariant::MaskedSoftmax
                                             : msl::MaskingVariant::FullSoftmaxThenMask;
  const auto& split = session->dataset.split(o.split);
  const std::size_t total = o.limit == 0 ? split.size() : std::min(o.limit, split.size());
  mslw::ProgressBar bar("eval " + o.split, total);
  const auto result = session->evaluator->evaluate(options, [&](std::size_t done, std::size_t) {
    bar.update(done);
    return true;
  });
  bar.finish();
  if (checkpoint) {
    msl::ExperimentStore store(msl::experimentStorePath(o.store));
    msl::storeEvaluation(store, o.run, checkpoint->step, result);
  } else if (!o.store.empty()) {
    msl::ExperimentStore store(o.store);
    msl::RunRecord run;
    run.name = "eval " + o.checkpoint;
    run.checkpoint.path = o.checkpoint;
    run.dataset.path = o.data;
    run.configJson = nlohmann::json{
        {"adapter", o.adapter},
        {"split", o.split},
        {"beams", o.beams},
        {"variant",
         result.variant}}.dump();
    const auto id = store.createRun(run);
    store.startRun(id);
    msl::storeEvaluation(store, id, 0, result);
    store.endRun(id, msl::RunStatus::Finished);
  }
  nlohmann::json report;
  for (const char* name : {"NDCG@1", "NDCG@5", "NDCG@10", "HR@1", "HR@5", "HR@10", "MRR"})
    report[name] = result.metrics.at(name);
  report["samples"] = result.samples.size();
  report["split"] = o.split;
  report["seconds"] = result.seconds;
  if (checkpoint) {
    report["run"] = o.run;
    report["step"] = checkpoint->step;
    report["checkpoint"] = checkpoint->checkpointDir.string();
  }
  if (o.json) {
    std::cout << report.dump() << "\n";
    return;
  }
  if (checkpoint) {
    std::cout << "run " << o.run << ", checkpoint at step " << checkpoint->step << " ("
              << checkpoint->checkpointDir.string() << "); recorded in the run\n";
  }
  std::cout << "evaluated " << result.samples.size() << " samples of " << o.split << " ("
            << result.variant << ", " << o.beams << " beams, " << session->device << ") in "
            << std::fixed << std::setprecision(1) << result.seconds << " s\n"
            << std::setprecision(4);
  for (const auto& [name, value] : result.metrics)
    std::cout << "  " << name << " " << value << "\n";
}

const mslw::CommandRegistration registration{
    "eval", [](CLI::App& root) {
      auto options = std::make_shared<EvalOptions>();
      auto* eval =
          root.add_subcommand("eval", "Ranking metrics of a checkpoint (constrained beam search)");
      auto* ckpt = eval->add_option("--ckpt", options->checkpoint,
                                    "Checkpoint folder (config.json, weights, tokenizer.json)");
      auto* run = eval->add_option(
          "--run", options->run, "A run of --store: its latest checkpoint (or the one at --step)");
      ckpt->excludes(run);
      eval->add_option("--step", options->step, "With --run: the checkpoint at this step")
          ->needs(run);
      eval->add_option("--adapter", options->adapter, "LoRA adapter folder (PEFT layout)")
          ->needs(ckpt);
      eval->add_option("--data", options->data,
                       "Dataset folder (with --run: default the run's dataset)");
      eval->add_option("--split", options->split, "Split to evaluate")->capture_default_str();
      eval->add_option("--limit", options->limit, "First N samples only (0 = all)");
      eval->add_option("--beams", options->beams, "Beam width = titles returned")
          ->capture_default_str();
      eval->add_option("--batch", options->batch, "Users per batched search")
          ->capture_default_str();
      eval->add_flag("--mask-before-softmax", options->maskBeforeSoftmax,
                     "Log-softmax over the valid tokens only (as MSL trains) instead of HF's CBS");
      eval->add_option("--device", options->device, "auto | cpu | cuda | cuda:N")
          ->capture_default_str();
      eval->add_option("--store", options->store,
                       "Experiment store to record the evaluation in; with --run the store "
                       "holding the run (default: $MSLW_STORE, else the XDG data folder)");
      eval->add_flag("--json", options->json, "Print JSON");
      eval->callback([options] { runEval(*options); });
    }};

}  // namespace
