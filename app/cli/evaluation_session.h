#pragma once
// What `mslw eval` and `mslw recommend` both load: a checkpoint (with an optional LoRA
// adapter), its tokenizer, a dataset and the catalog trie, ready for an msl::Evaluator.
#include <memory>
#include <string>

#include "data/dataset.h"
#include "evaluation/evaluator.h"
#include "tokenizer/tokenizer.h"
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

}  // namespace mslw
