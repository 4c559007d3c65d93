#pragma once
// Everything the text layer derives from a dataset and a tokenizer: the catalog trie, the
// sparse masks of one split and the tokenization drift, with how long each took. Shared by
// `mslw masks`, `mslw demo`, the text benchmark and the workbench's Workspace page.
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "data/dataset.h"
#include "tokenizer/tokenizer.h"
#include "trie/catalog_trie.h"
#include "trie/target_masks.h"
#include "trie/tokenization_drift.h"

namespace msl {

class TextLayer {
 public:
  // splitName "" picks train_10000, else train, else the first split.
  static std::unique_ptr<TextLayer> load(const std::filesystem::path& dataDir,
                                         const std::filesystem::path& tokenizerJson,
                                         const std::string& splitName = "");
  static std::unique_ptr<TextLayer> build(Dataset dataset, Tokenizer tokenizer,
                                          const std::string& splitName = "");

  const std::vector<Sample>& samples() const { return dataset.split(splitName); }
  void checkDrift();
  nlohmann::json report() const;  // catalog, trie, masks, drift, timings

  Dataset dataset;
  Tokenizer tokenizer;
  std::string splitName;
  CatalogTrie catalogTrie;
  TargetMasks masks;  // points into catalogTrie: TextLayer is neither copied nor moved
  std::optional<DriftReport> drift;
  double trieSeconds = 0;
  double masksSeconds = 0;
  double driftSeconds = 0;

 private:
  TextLayer(Dataset dataset, Tokenizer tokenizer);
};

// The catalog as text: `mslw masks` without --sample, and the demo.
void printTextLayerReport(const nlohmann::json& report, std::ostream& out);

}  // namespace msl
