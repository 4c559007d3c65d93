#include "training/training_evaluation.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <iomanip>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/error.h"
#include "distributed/process_group.h"
#include "evaluation/evaluator.h"
#include "evaluation/sample_subset.h"
#include "evaluation/store_evaluation.h"
#include "evaluation/title_list_scoring.h"

namespace msl {
namespace {

std::string joined(const std::vector<std::string>& names) {
  std::string text;
  for (const auto& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

bool hasSplit(const Dataset& dataset, const std::string& name) {
  const auto names = dataset.splitNames();
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Training mode comes back even when the evaluation throws: the next step must train with
// dropout as the uninterrupted run does.
class EvalModeScope {
 public:
  explicit EvalModeScope(CausalLm& model) : model_(model) { model_->eval(); }
  ~EvalModeScope() { model_->train(); }
  EvalModeScope(const EvalModeScope&) = delete;
  EvalModeScope& operator=(const EvalModeScope&) = delete;

 private:
  CausalLm& model_;
};

std::string summary(const EvaluationResult& result, std::size_t splitSize) {
  std::ostringstream text;
  text << result.samples.size() << " of " << splitSize << " samples of " << result.split << ": "
       << std::fixed << std::setprecision(4);
  for (const char* name : {"NDCG@10", "HR@10", "NDCG@5", "HR@5"}) {
    const auto found = result.metrics.find(name);
    if (found != result.metrics.end()) text << name << " " << found->second << ", ";
  }
  text << std::setprecision(1) << result.seconds << " s";
  return text.str();
}

}  // namespace

TrainingEvaluation::TrainingEvaluation(const RunConfig& config, const TextLayer& text, Log log)
    : config_(config.evaluation), data_(config.data), text_(text), log_(std::move(log)) {
  if (config_.atEnd == "test") {
    if (!hasSplit(text_.dataset, data_.testSplit))
      throw Error("run config: evaluation.at_end is test, but dataset " +
                  text_.dataset.root.string() + " has no split '" + data_.testSplit +
                  "' (data.test_split; splits: " + joined(text_.dataset.splitNames()) + ")");
    finalSplit_ = data_.testSplit;
  } else if (config_.atEnd == "valid") {
    finalSplit_ = resolveValidSplit("evaluation.at_end");
  }
  if (config_.everySteps > 0) {
    monitorSplit_ = resolveValidSplit("evaluation.every_steps");
    subset_ = seededSubset(text_.dataset.split(monitorSplit_).size(),
                           static_cast<std::size_t>(config_.subset), config_.subsetSeed);
  }
}

std::string TrainingEvaluation::resolveValidSplit(const std::string& key) {
  if (hasSplit(text_.dataset, data_.validSplit)) return data_.validSplit;
  if (!hasSplit(text_.dataset, data_.testSplit))
    throw Error("run config: " + key + " needs split '" + data_.validSplit +
                "' (data.valid_split) or '" + data_.testSplit +
                "' (data.test_split), but dataset " + text_.dataset.root.string() +
                " has only: " + joined(text_.dataset.splitNames()));
  if (!fallbackAnnounced_) {
    log_("warning", "dataset " + text_.dataset.root.string() + " has no validation split '" +
                        data_.validSplit + "' (splits: " + joined(text_.dataset.splitNames()) +
                        "): evaluations meant for it run on the test split '" + data_.testSplit +
                        "' and are recorded under that name; they monitor training and must "
                        "not select a checkpoint");
    fallbackAnnounced_ = true;
  }
  return data_.testSplit;
}

EvaluationResult TrainingEvaluation::gatherShares(EvaluationResult share,
                                                  const std::vector<std::size_t>& wholeList,
                                                  ProcessGroup& group) const {
  // Each sample as its split index and its list's items and scores: rank 0 rebuilds titles,
  // ranks and metrics with the one scoring every evaluation uses.
  nlohmann::json sent = {{"cancelled", share.cancelled}, {"samples", nlohmann::json::array()}};
  for (const SampleRecommendations& sample : share.samples) {
    nlohmann::json titles = nlohmann::json::array();
    for (const RecommendedTitle& title : sample.titles)
      titles.push_back({{"items", title.items}, {"score", title.score}});
    sent["samples"].push_back({{"index", sample.sampleIndex}, {"titles", titles}});
  }
  const std::vector<std::string> received = group.gatherTextsToLeader(sent.dump());
  if (group.rank() != 0) return share;
  const std::vector<Sample>& split = text_.dataset.split(share.split);
  std::map<std::size_t, std::size_t> position;  // split index -> place in the whole list
  for (std::size_t i = 0; i < wholeList.size(); ++i) position[wholeList[i]] = i;
  EvaluationResult whole;
  whole.split = share.split;
  whole.variant = share.variant;
  whole.beams = share.beams;
  for (const std::string& text : received) {
    const nlohmann::json part = nlohmann::json::parse(text);
    whole.cancelled = whole.cancelled || part.at("cancelled").get<bool>();
    for (const nlohmann::json& sample : part.at("samples")) {
      const auto index = sample.at("index").get<std::size_t>();
      std::vector<RecommendedTitle> titles;
      for (const nlohmann::json& title : sample.at("titles")) {
        RecommendedTitle entry;
        entry.items = title.at("items").get<std::vector<ItemId>>();
        entry.title = text_.dataset.catalog.title(entry.items.front());
        entry.score = title.at("score").get<double>();
        titles.push_back(std::move(entry));
      }
      whole.samples.push_back(
          scoreSample(text_.dataset, split.at(index), index, std::move(titles)));
    }
  }
  std::sort(whole.samples.begin(), whole.samples.end(),
            [&position](const SampleRecommendations& a, const SampleRecommendations& b) {
              return position.at(static_cast<std::size_t>(a.sampleIndex)) <
                     position.at(static_cast<std::size_t>(b.sampleIndex));
            });
  computeEvaluationMetrics(whole, text_.dataset, text_.catalogTrie.items(), data_.trainSplit);
  return whole;
}

bool TrainingEvaluation::dueAfter(std::int64_t step, bool lastStep) const {
  if (config_.everySteps <= 0 || step % config_.everySteps != 0) return false;
  return !(lastStep && finalSplit_ && *finalSplit_ == monitorSplit_);
}

std::optional<EvaluationReport> TrainingEvaluation::evaluate(
    CausalLm& model, ExperimentStore& store, RunId run, std::int64_t step, bool final,
    TrainerObserver* observer, const StopCheck& stop, ProcessGroup* group) {
  if (final && !finalSplit_) throw Error("training evaluation: evaluation.at_end is off");
  EvaluationOptions options;
  options.split = final ? *finalSplit_ : monitorSplit_;
  if (!final) options.sampleIndices = subset_;
  // Data-parallel: every rank takes every world-size-th user of the list.
  std::vector<std::size_t> wholeList = options.sampleIndices;
  if (group) {
    if (wholeList.empty())
      for (std::size_t i = 0; i < text_.dataset.split(options.split).size(); ++i)
        wholeList.push_back(i);
    options.sampleIndices.clear();
    for (std::size_t i = static_cast<std::size_t>(group->rank()); i < wholeList.size();
         i += static_cast<std::size_t>(group->worldSize()))
      options.sampleIndices.push_back(wholeList[i]);
  }
  const auto started = std::chrono::steady_clock::now();
  options.beam.beams = static_cast<std::size_t>(config_.beams);
  options.beam.returned = options.beam.beams;
  options.beam.variant = config_.variant == "masked_softmax" ? MaskingVariant::MaskedSoftmax
                                                             : MaskingVariant::FullSoftmaxThenMask;
  options.batchSize = static_cast<std::size_t>(config_.batchSize);
  options.cutoffTokens = static_cast<std::size_t>(data_.cutoffLength);
  options.popularitySplit = data_.trainSplit;

  const std::string what =
      std::string(final ? "final evaluation" : "evaluation") + " at step " + std::to_string(step);
  EvaluationResult result;
  result.split = options.split;
  result.variant = maskingVariantName(options.beam.variant);
  result.beams = options.beam.beams;
  try {
    // A rank whose share is empty (a subset smaller than the world) evaluates nothing: an empty
    // list would mean the whole split to the Evaluator.
    if (!group || !options.sampleIndices.empty()) {
      EvalModeScope evalMode(model);
      torch::NoGradGuard noGrad;
      Evaluator evaluator(model, text_.tokenizer, text_.dataset, text_.catalogTrie);
      // Readers take a run without heartbeat for a dead one; a full split can take minutes.
      auto lastBeat = std::chrono::steady_clock::now();
      result = evaluator.evaluate(options, [&](std::size_t, std::size_t) {
        if (std::chrono::steady_clock::now() - lastBeat > std::chrono::seconds(5)) {
          store.heartbeat(run);
          lastBeat = std::chrono::steady_clock::now();
        }
        return !(stop && stop());
      });
    }
    if (group) result = gatherShares(std::move(result), wholeList, *group);
  } catch (const std::exception&) {
    rethrowWithContext(what + " on split " + options.split);
  }
  if (group && group->rank() != 0) return std::nullopt;  // rank 0 stores and reports
  if (group)
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (result.cancelled) {
    log_("info", what + " on " + options.split + " stopped early (the run is being cancelled)");
    return std::nullopt;
  }
  storeEvaluation(store, run, step, result);
  EvaluationReport report;
  report.metrics.run = run;
  report.metrics.step = step;
  report.metrics.split = result.split;
  report.metrics.metrics = result.metrics;
  report.metrics.samples = static_cast<std::int64_t>(result.samples.size());
  report.final = final;
  report.seconds = result.seconds;
  log_("info", what + ": " + summary(result, text_.dataset.split(options.split).size()));
  if (observer) observer->onEvaluation(report);
  return report;
}

}  // namespace msl
