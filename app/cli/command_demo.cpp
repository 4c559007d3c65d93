// `mslw demo`: the workbench's main job on a fresh machine with no data and no downloads:
// synthesize a catalog (or use --data), train a byte-level BPE tokenizer on it, build the title
// trie and the sparse masks, check tokenization drift, then train a tiny model with LML, MSL and
// MSL+ATS from the same initial weights, evaluate each with constrained beam search (recorded in
// the runs, so `mslw compare` pairs them) and print a comparison. `--text-only` stops after the
// text layer.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>

#include "baselines/baseline_run.h"
#include "bpe_training/dataset_tokenizer.h"
#include "bpe_training/tokenizer_json_writer.h"
#include "command_registry.h"
#include "common/error.h"
#include "data/dataset_stats.h"
#include "data/synthetic_catalog.h"
#include "data/tokenizer_corpus.h"
#include "evaluation/store_evaluation.h"
#include "evaluation_session.h"
#include "metric_comparison_json.h"
#include "metrics/metric_comparison.h"
#include "progress_bar.h"
#include "runs/run_checkpoint.h"
#include "runs/run_config.h"
#include "store/experiment_store.h"
#include "training/trainer.h"
#include "trie/text_layer.h"

namespace {

namespace fs = std::filesystem;

struct DemoOptions {
  std::string data;
  std::string workspace;
  std::size_t vocabSize = 0;  // 0: msl::defaultTokenizerVocabSize
  msl::SyntheticOptions synthetic;
  bool textOnly = false;
  // About three epochs of the default synthetic catalog: enough for MSL+ATS to beat popularity
  // there (at 150 steps it did not), a minute or two per loss on two cores.
  std::int64_t trainingSteps = 600;
  std::size_t evaluationLimit = 200;  // test samples per evaluation; 0 = the whole split
  bool json = false;
};

constexpr int kSteps = 8;

fs::path defaultWorkspace() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
    return fs::path(xdg) / "msl-workbench" / "demo";
  }
  const char* home = std::getenv("HOME");
  return fs::path(home ? home : ".") / ".local" / "share" / "msl-workbench" / "demo";
}

void step(bool quiet, int index, const std::string& what) {
  if (!quiet) std::cerr << "[" << index << "/" << kSteps << "] " << what << "\n";
}

class DemoTrainingProgress : public msl::TrainerObserver {
 public:
  DemoTrainingProgress(std::string label, bool quiet) : label_(std::move(label)), quiet_(quiet) {}
  void onStep(const msl::StepReport& report) override {
    if (firstLoss_ < 0) firstLoss_ = report.loss;
    lastLoss_ = report.loss;
    if (quiet_) return;
    if (!progress_) progress_.emplace(label_, static_cast<std::size_t>(report.totalSteps));
    progress_->update(static_cast<std::size_t>(report.step));
  }
  void finish() {
    if (progress_) progress_->finish();
  }
  double firstLoss_ = -1;
  double lastLoss_ = 0;

 private:
  std::string label_;
  bool quiet_;
  std::optional<mslw::ProgressBar> progress_;
};

std::string lossLabel(const std::string& kind) {
  return kind == "lml" ? "LML" : kind == "msl" ? "MSL" : "MSL+ATS";
}

// trainSplit: the split the text layer's masks were reported for (train_10000 on Amazon Books,
// as the reference trains on 10,000 samples).
nlohmann::json trainAndCompare(const DemoOptions& options, const fs::path& workspace,
                               const fs::path& dataDir, const std::string& trainSplit,
                               const fs::path& tokenizerPath, bool quiet) {
  const fs::path store = workspace / "experiments.sqlite";
  nlohmann::json runs = nlohmann::json::array();
  int stepIndex = 5;
  for (const char* kind : {"lml", "msl", "msl_ats"}) {
    msl::RunConfig config = msl::presetRunConfig("quick-cpu");
    config.name = std::string("demo-") + kind;
    config.data.dir = dataDir.string();
    config.data.trainSplit = trainSplit;
    config.model.tokenizer = tokenizerPath.string();
    config.loss.kind = kind;
    config.training.maxSteps = options.trainingSteps;
    config.training.checkpointEvery = 0;
    // One evaluation per run, below, on the same --eval-limit samples for all three.
    config.evaluation.everySteps = 0;
    config.evaluation.atEnd = "off";
    config.outputDir = (workspace / "runs").string();
    step(quiet, stepIndex++,
         std::string("training a tiny model with ") + lossLabel(kind) + " (" +
             std::to_string(options.trainingSteps) + " steps, same initial weights)");
    msl::TrainerOptions trainer;
    trainer.config = config;
    trainer.storePath = store.string();
    DemoTrainingProgress progress(kind, quiet);
    const msl::TrainingOutcome outcome = msl::trainBlocking(trainer, &progress);
    progress.finish();
    if (outcome.status != msl::RunStatus::Finished || outcome.lastCheckpoint.empty()) {
      throw msl::Error(std::string("demo: the ") + kind +
                       " run did not finish: " + outcome.message);
    }
    runs.push_back({{"loss_kind", kind},
                    {"run", outcome.run},
                    {"steps", outcome.steps},
                    {"first_loss", progress.firstLoss_},
                    {"last_loss", progress.lastLoss_},
                    {"checkpoint", outcome.lastCheckpoint}});
  }
  step(quiet, stepIndex,
       "evaluating each with constrained beam search (beam 10) on the test split");
  msl::ExperimentStore experiments(store.string());
  std::vector<std::vector<msl::SampleRank>> ranks;  // per run, for the paired tests
  for (auto& run : runs) {
    const auto checkpoint = msl::resolveRunCheckpoint(experiments, run["run"].get<msl::RunId>());
    auto session = mslw::openRunEvaluationSession(checkpoint, dataDir.string());
    msl::EvaluationOptions evaluation;
    evaluation.split = "test";
    evaluation.limit = options.evaluationLimit;
    std::optional<mslw::ProgressBar> bar;
    const msl::EvaluationResult result =
        session->evaluator->evaluate(evaluation, [&](std::size_t done, std::size_t total) {
          if (!quiet) {
            if (!bar) bar.emplace("evaluate " + run["loss_kind"].get<std::string>(), total);
            bar->update(done);
          }
          return true;
        });
    if (bar) bar->finish();
    msl::storeEvaluation(experiments, checkpoint.run, checkpoint.step, result);
    ranks.push_back(result.ranks());
    run["metrics"] = result.metrics;
    run["samples"] = result.samples.size();
  }
  // The recommenders without a model, on the same samples, recorded beside the runs.
  nlohmann::json baselines = nlohmann::json::array();
  std::vector<msl::SampleRank> popularityRanks;
  if (!quiet)
    std::cerr << "      and the baselines without a model (popularity, Markov, SASRec, same "
                 "series) on the same samples\n";
  for (const std::string& kind : msl::baselineKinds()) {
    msl::BaselineRunOptions baseline;
    baseline.kind = kind;
    baseline.dataDir = dataDir.string();
    baseline.trainSplit = trainSplit;
    baseline.evaluation.limit = options.evaluationLimit;
    baseline.evaluation.popularitySplit = trainSplit;
    baseline.sasrec.maxEpochs = 15;  // minutes matter in a demo; the catalog is small
    if (!quiet)
      baseline.log = [](const std::string& line) { std::cerr << "      " << line << "\n"; };
    const msl::BaselineRun outcome = msl::runBaseline(baseline, &experiments);
    if (kind == "popularity") popularityRanks = outcome.result.ranks();
    baselines.push_back({{"kind", kind},
                         {"run", outcome.run},
                         {"metrics", outcome.result.metrics},
                         {"samples", outcome.result.samples.size()}});
  }
  // MSL+ATS (B) against LML and against popularity (A) on the same samples, as `mslw compare`
  // does from the store.
  const auto pairedJson = [](const std::vector<msl::SampleRank>& a,
                             const std::vector<msl::SampleRank>& b) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& row : msl::compareMetrics(a, b))
      rows.push_back(mslw::metricComparisonJson(row));
    return rows;
  };
  return {{"store", store.string()},
          {"runs", runs},
          {"baselines", baselines},
          {"paired",
           {{"a", "lml"}, {"b", "msl_ats"}, {"metrics", pairedJson(ranks.front(), ranks.back())}}},
          {"paired_popularity",
           {{"a", "popularity"},
            {"b", "msl_ats"},
            {"metrics", pairedJson(popularityRanks, ranks.back())}}}};
}

void printComparison(const nlohmann::json& comparison) {
  std::cout
      << "\ncomparison   tiny model, same initial weights, constrained beam search (beam 10)\n";
  std::cout << "  loss      loss start -> end   NDCG@5  NDCG@10    HR@5   HR@10     MRR  samples\n";
  for (const auto& run : comparison["runs"]) {
    const auto& m = run["metrics"];
    const auto metric = [&](const char* name) {
      return m.contains(name) ? m[name].get<double>() : 0.0;
    };
    std::cout << "  " << std::left << std::setw(8) << run["loss_kind"].get<std::string>()
              << std::right << std::fixed << std::setprecision(3) << std::setw(10)
              << run["first_loss"].get<double>() << " -> " << std::setw(6)
              << run["last_loss"].get<double>() << std::setprecision(4) << std::setw(9)
              << metric("NDCG@5") << std::setw(9) << metric("NDCG@10") << std::setw(8)
              << metric("HR@5") << std::setw(8) << metric("HR@10") << std::setw(8) << metric("MRR")
              << std::setw(9) << run["samples"].get<std::size_t>() << "\n";
  }
  for (const auto& baseline : comparison["baselines"]) {
    const auto& m = baseline["metrics"];
    std::cout << "  " << std::left << std::setw(10) << baseline["kind"].get<std::string>()
              << std::right << std::setw(18) << "(no model)" << std::fixed << std::setprecision(4)
              << std::setw(9) << m.value("NDCG@5", 0.0) << std::setw(9) << m.value("NDCG@10", 0.0)
              << std::setw(8) << m.value("HR@5", 0.0) << std::setw(8) << m.value("HR@10", 0.0)
              << std::setw(8) << m.value("MRR", 0.0) << std::setw(9)
              << baseline["samples"].get<std::size_t>() << "\n";
  }
  std::cout
      << "  (losses differ in kind: LML is over the full vocabulary, MSL over valid tokens;\n"
         "   popularity: the most frequent training targets; markov: what most often followed\n"
         "   the user's last item in training; sasrec: a self-attentive next-item model on ids)\n";
  for (const char* pair : {"paired", "paired_popularity"}) {
    for (const auto& row : comparison[pair]["metrics"]) {
      if (row["metric"] != "NDCG@10") continue;
      std::cout << "  MSL+ATS - " << (std::string(pair) == "paired" ? "LML" : "popularity")
                << ", NDCG@10 " << std::showpos << std::setprecision(4)
                << row["difference"].get<double>() << std::noshowpos << ": Wilcoxon p "
                << row["wilcoxon_p"].get<double>() << ", sign test p "
                << row["sign_test_p"].get<double>() << " (" << row["b_better"].get<std::size_t>()
                << " samples better, " << row["a_better"].get<std::size_t>() << " worse)\n";
    }
  }
  std::cout << "store        " << comparison["store"].get<std::string>() << "\n";
}

void runDemo(DemoOptions options) {
  const fs::path workspace =
      options.workspace.empty() ? defaultWorkspace() : fs::path(options.workspace);
  fs::create_directories(workspace);
  const bool quiet = options.json;

  fs::path dataDir = options.data;
  if (options.data.empty()) {
    dataDir = workspace / "data";
    step(quiet, 1,
         "synthesizing a catalog (" + std::to_string(options.synthetic.items) + " items, " +
             std::to_string(options.synthetic.users) + " users, seed " +
             std::to_string(options.synthetic.seed) + ") in " + dataDir.string());
    if (!quiet)
      std::cerr
          << "      synthetic books: each user favours two or three genres and reads a series "
             "in order once started; popularity is Zipf-like within a genre. A recommender "
             "can learn this; it says nothing about real readers.\n";
    msl::writeSyntheticDataset(options.synthetic, dataDir);
  } else {
    step(quiet, 1, "loading the dataset " + dataDir.string());
  }
  const msl::Dataset dataset = msl::loadDataset(dataDir);
  const msl::DatasetStats stats = msl::computeDatasetStats(dataset);

  const std::size_t vocabSize =
      options.vocabSize ? options.vocabSize : msl::defaultTokenizerVocabSize(dataset);
  const std::string split = msl::defaultTrainingSplit(dataset);
  step(quiet, 2,
       "training a byte-level BPE tokenizer (vocabulary " + std::to_string(vocabSize) +
           ") on the titles and the prompts of " + split);
  std::optional<mslw::ProgressBar> progress;
  if (!quiet) progress.emplace("tokenizer merges", vocabSize);
  const msl::DatasetTokenizer trained = msl::trainDatasetTokenizer(
      dataset, vocabSize, split, [&](std::size_t learnt, std::size_t wanted) {
        if (progress) progress->update(learnt * vocabSize / std::max<std::size_t>(wanted, 1));
        return true;
      });
  const msl::TokenizerCorpus& corpus = trained.corpus;
  const msl::ByteLevelBpe& bpe = trained.bpe;
  if (progress) progress->finish();
  const fs::path tokenizerPath = workspace / "tokenizer" / "tokenizer.json";
  msl::writeTokenizerFiles(bpe, tokenizerPath);

  step(quiet, 3, "building the title trie and the sparse masks of " + corpus.split);
  // Reloaded from the written file: the demo exercises the same path a user's tokenizer takes.
  auto layer = msl::TextLayer::build(msl::Dataset(dataset), msl::Tokenizer::fromFile(tokenizerPath),
                                     corpus.split);
  step(quiet, 4, "checking tokenization drift");
  layer->checkDrift();

  nlohmann::json report = layer->report();
  report["workspace"] = workspace.string();
  report["tokenizer"]["file"] = tokenizerPath.string();
  nlohmann::json splits = nlohmann::json::object();
  for (const auto& split : stats.splits) splits[split.name] = split.samples;
  report["dataset"]["users"] = stats.users;
  report["dataset"]["splits"] = splits;
  if (!options.textOnly) {
    report["comparison"] =
        trainAndCompare(options, workspace, dataDir, corpus.split, tokenizerPath, quiet);
  }
  if (options.json) {
    std::cout << report.dump(2) << "\n";
    return;
  }
  std::cout << "\nMSL Workbench demo workspace: " << workspace.string() << "\n";
  std::cout << "users        " << stats.users << "; samples per split:";
  for (const auto& split : stats.splits) std::cout << " " << split.name << " " << split.samples;
  std::cout << "\n";
  msl::printTextLayerReport(report, std::cout);
  std::cout << "tokenizer    " << tokenizerPath.string() << "\n";
  if (report.contains("comparison")) printComparison(report["comparison"]);
  std::cout << "\nTry:\n  mslw masks --data " << dataDir.string() << " --tokenizer "
            << tokenizerPath.string() << " --sample 0\n";
  if (report.contains("comparison")) {
    const auto& comparison = report["comparison"];
    const std::string store = comparison["store"].get<std::string>();
    std::cout << "  mslw runs list --store " << store << "\n";
    const auto& runs = comparison["runs"];
    std::cout << "  mslw compare " << runs.front()["run"].get<msl::RunId>() << " "
              << runs.back()["run"].get<msl::RunId>() << " --store " << store
              << "   (LML vs MSL+ATS, paired tests)\n";
    const auto splits = dataset.splitNames();
    if (std::find(splits.begin(), splits.end(), "test") != splits.end() &&
        !dataset.split("test").empty()) {
      std::cout << "  mslw recommend --run " << runs.back()["run"].get<msl::RunId>() << " --store "
                << store << " --user " << dataset.split("test").front().userId << "\n";
    }
  }
}

const mslw::CommandRegistration registration{
    "demo", [](CLI::App& root) {
      auto options = std::make_shared<DemoOptions>();
      auto* command = root.add_subcommand(
          "demo", "The main job end to end on a synthetic catalog (or --data DIR), no downloads");
      command->add_option("--data", options->data,
                          "Use this dataset folder instead of a synthetic one");
      command->add_option("--workspace", options->workspace,
                          "Where the demo writes (default: ~/.local/share/msl-workbench/demo)");
      command->add_option("--vocab-size", options->vocabSize,
                          "Tokenizer vocabulary (default 2048 synthetic, 8192 real data)");
      command->add_option("--items", options->synthetic.items, "Synthetic catalog items")
          ->capture_default_str();
      command->add_option("--users", options->synthetic.users, "Synthetic users")
          ->capture_default_str();
      command->add_option("--seed", options->synthetic.seed, "Synthetic catalog seed")
          ->capture_default_str();
      command->add_flag("--text-only", options->textOnly,
                        "Stop after the text layer (no model training or evaluation)");
      command->add_option("--steps", options->trainingSteps, "Training steps per loss")
          ->capture_default_str();
      command
          ->add_option("--eval-limit", options->evaluationLimit,
                       "Test samples per evaluation (0 = all)")
          ->capture_default_str();
      command->add_flag("--json", options->json, "Print the report as JSON");
      command->callback([options] { runDemo(*options); });
    }};

}  // namespace
