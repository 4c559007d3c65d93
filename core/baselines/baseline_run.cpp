#include "baselines/baseline_run.h"

#include <nlohmann/json.hpp>
#include <sstream>

#include "baselines/markov_baseline.h"
#include "baselines/popularity_baseline.h"
#include "baselines/sasrec_baseline.h"
#include "baselines/series_baseline.h"
#include "common/error.h"
#include "data/tokenizer_corpus.h"
#include "evaluation/store_evaluation.h"
#include "store/content_hash.h"

namespace msl {

const std::vector<std::string>& baselineKinds() {
  static const std::vector<std::string> kinds = {"popularity", "markov", "sasrec", "series"};
  return kinds;
}

std::unique_ptr<BaselineRecommender> makeBaseline(const std::string& kind, const Dataset& dataset,
                                                  const std::string& trainSplit,
                                                  const BaselineFitLog& log,
                                                  const SasrecOptions& sasrec) {
  if (kind == "popularity") return std::make_unique<PopularityBaseline>(dataset, trainSplit);
  if (kind == "markov") return std::make_unique<MarkovBaseline>(dataset, trainSplit);
  if (kind == "series") return std::make_unique<SeriesBaseline>(dataset, trainSplit);
  if (kind == "sasrec") {
    return std::make_unique<SasrecBaseline>(
        dataset, trainSplit, sasrec, [&log](const SasrecEpoch& epoch) {
          if (!log) return;
          std::ostringstream line;
          line << "sasrec epoch " << epoch.epoch << ": train loss " << epoch.trainLoss
               << ", selection NDCG@10 " << epoch.validationNdcg10;
          log(line.str());
        });
  }
  std::string allowed;
  for (const auto& name : baselineKinds()) allowed += (allowed.empty() ? "" : ", ") + name;
  throw Error("unknown baseline '" + kind + "' (allowed: " + allowed + ")");
}

BaselineRun runBaseline(const BaselineRunOptions& options, ExperimentStore* store,
                        const BaselineProgress& progress) {
  const Dataset dataset = loadDataset(options.dataDir);
  const std::string trainSplit =
      options.trainSplit.empty() ? defaultTrainingSplit(dataset) : options.trainSplit;
  const auto baseline =
      makeBaseline(options.kind, dataset, trainSplit, options.log, options.sasrec);
  BaselineEvaluationOptions evaluation = options.evaluation;
  if (options.trainSplit.empty()) evaluation.popularitySplit = trainSplit;
  BaselineRun outcome;
  outcome.trainSplit = trainSplit;
  outcome.result = evaluateBaseline(*baseline, dataset, evaluation, progress);
  if (!store || outcome.result.cancelled) return outcome;

  RunRecord record;
  record.name = options.name.empty() ? options.kind + " (" + dataset.name + ")" : options.name;
  record.lossKind = options.kind;
  record.dataset = {options.dataDir, contentHash(options.dataDir)};
  record.configJson =
      nlohmann::json{{"baseline", {{"kind", options.kind}, {"train_split", trainSplit}}},
                     {"data", {{"dir", options.dataDir}}},
                     {"evaluation",
                      {{"split", options.evaluation.split},
                       {"titles", options.evaluation.titles},
                       {"limit", options.evaluation.limit}}}}
          .dump();
  outcome.run = store->createRun(record);
  store->startRun(outcome.run);
  storeEvaluation(*store, outcome.run, 0, outcome.result);
  store->endRun(outcome.run, RunStatus::Finished);
  return outcome;
}

}  // namespace msl
