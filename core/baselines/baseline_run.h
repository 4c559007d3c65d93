#pragma once
// A baseline as a first-class run: fitted on the training split, evaluated on a split as the LLM
// runs are, and recorded in the experiment store as a finished run whose loss kind is the
// baseline's name, with its metrics and every sample's top-K list at step 0. The Runs page and
// `mslw compare` then show it beside the LLM runs.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "baselines/baseline_evaluation.h"
#include "baselines/sasrec_baseline.h"
#include "store/experiment_store.h"

namespace msl {

// "popularity", "markov", "sasrec", "series".
const std::vector<std::string>& baselineKinds();

// What fitting a baseline reports as it goes (SASRec: one line per epoch).
using BaselineFitLog = std::function<void(const std::string& line)>;

// Throws msl::Error naming the kind and the ones there are.
std::unique_ptr<BaselineRecommender> makeBaseline(const std::string& kind, const Dataset& dataset,
                                                  const std::string& trainSplit = "train",
                                                  const BaselineFitLog& log = {},
                                                  const SasrecOptions& sasrec = {});

struct BaselineRunOptions {
  std::string kind;
  std::string dataDir;
  // "" = the split the LLM runs train on (data/tokenizer_corpus.h: train_10000 on Amazon
  // Books), which is also the evaluation's popularity split.
  std::string trainSplit;
  std::string name;  // "" = "<kind> (<dataset name>)"
  BaselineEvaluationOptions evaluation;
  SasrecOptions sasrec;  // SASRec's settings (its defaults are the paper's usual ones)
  BaselineFitLog log;
};

struct BaselineRun {
  RunId run = 0;           // 0 when no store was given
  std::string trainSplit;  // the split it was fitted on
  EvaluationResult result;
};

// Loads the dataset, fits, evaluates and (with a store) records. Torch-free header (the GUI's
// Runs page adds baselines).
BaselineRun runBaseline(const BaselineRunOptions& options, ExperimentStore* store,
                        const BaselineProgress& progress = {});

}  // namespace msl
