#pragma once
// What `mslw eval`, `mslw recommend` and `mslw demo` load: a model (a checkpoint folder with an
// optional LoRA adapter, or a stored run's checkpoint), its tokenizer, a dataset and the catalog
// trie, opened by msl::RecommenderSession as the GUI opens them; the fields name its parts.
#include <memory>
#include <string>

#include "evaluation/evaluator.h"
#include "evaluation/recommender_session.h"
#include "runs/run_checkpoint.h"

namespace mslw {

struct EvaluationSession {
  explicit EvaluationSession(std::unique_ptr<msl::RecommenderSession> opened)
      : recommender(std::move(opened)),
        dataset(recommender->dataset()),
        evaluator(&recommender->evaluator()),
        device(recommender->device()) {}

  std::unique_ptr<msl::RecommenderSession> recommender;
  const msl::Dataset& dataset;
  msl::Evaluator* evaluator;
  std::string device;
};

// checkpoint: config.json + model.safetensors + tokenizer.json (as `mslw model create` writes).
std::unique_ptr<EvaluationSession> openEvaluationSession(const std::string& checkpoint,
                                                         const std::string& adapter,
                                                         const std::string& data,
                                                         const std::string& device = "auto");

// The model a run trained, at `checkpoint`; data "" = the dataset the run trained on.
std::unique_ptr<EvaluationSession> openRunEvaluationSession(const msl::RunCheckpoint& checkpoint,
                                                            const std::string& data,
                                                            const std::string& device = "auto");

}  // namespace mslw
