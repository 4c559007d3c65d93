// `mslw eval`: constrained beam search over a split of a dataset with a checkpoint, printing
// the paper's ranking metrics; optionally recorded in an experiment store.
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "command_registry.h"
#include "evaluation/store_evaluation.h"
#include "evaluation_session.h"
#include "progress_bar.h"
#include "store/experiment_store.h"

namespace {

struct EvalOptions {
  std::string checkpoint;
  std::string adapter;
  std::string data;
  std::string split = "test";
  std::size_t limit = 0;
  std::size_t beams = 10;
  std::size_t batch = 8;
  bool maskBeforeSoftmax = false;
  std::string store;
  bool json = false;
};

void runEval(const EvalOptions& o) {
  auto session = mslw::openEvaluationSession(o.checkpoint, o.adapter, o.data);
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
  if (!o.store.empty()) {
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
  if (o.json) {
    std::cout << report.dump() << "\n";
    return;
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
      eval->add_option("--ckpt", options->checkpoint,
                       "Checkpoint folder (config.json, weights, tokenizer.json)")
          ->required();
      eval->add_option("--adapter", options->adapter, "LoRA adapter folder (PEFT layout)");
      eval->add_option("--data", options->data, "Dataset folder")->required();
      eval->add_option("--split", options->split, "Split to evaluate")->capture_default_str();
      eval->add_option("--limit", options->limit, "First N samples only (0 = all)");
      eval->add_option("--beams", options->beams, "Beam width = titles returned")
          ->capture_default_str();
      eval->add_option("--batch", options->batch, "Users per batched search")
          ->capture_default_str();
      eval->add_flag("--mask-before-softmax", options->maskBeforeSoftmax,
                     "Log-softmax over the valid tokens only (as MSL trains) instead of HF's CBS");
      eval->add_option("--store", options->store, "Experiment store to record the evaluation in");
      eval->add_flag("--json", options->json, "Print JSON");
      eval->callback([options] { runEval(*options); });
    }};

}  // namespace
