#pragma once
// What `mslw eval`, `mslw recommend` and `mslw demo` load: a model (a checkpoint folder with an
// optional LoRA adapter, or a stored run's checkpoint), its tokenizer, a dataset and the catalog
// trie, ready for an msl::Evaluator.
#include <memory>
#include <string>

#include "data/dataset.h"
#include "evaluation/evaluator.h"
#include "tokenizer/tokenizer.h"
#include "training/run_checkpoint.h"
#include "trie/catalog_trie.h"

namespace mslw {

struct EvaluationSession {
  msl::Dataset dataset;
  std::unique_ptr<msl::Tokenizer> tokenizer;
  std::unique_ptr<msl::CatalogTrie> trie;
  std::unique_ptr<msl::Evaluator> evaluator;
  std::string device;
};

// checkpoint: config.json + model.safetensors + tokenizer.json (as `mslw model create` writes).
std::unique_ptr<EvaluationSession> openEvaluationSession(const std::string& checkpoint,
                                                         const std::string& adapter,
                                                         const std::string& data);

// The model a run trained, at `checkpoint`; data "" = the dataset the run trained on.
std::unique_ptr<EvaluationSession> openRunEvaluationSession(const msl::RunCheckpoint& checkpoint,
                                                            const std::string& data);

}  // namespace mslw
