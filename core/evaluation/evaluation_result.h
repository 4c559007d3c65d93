#pragma once
// What an evaluation produces, as plain values (no LibTorch): per-sample top-K lists and ranks
// and the metric map. The trainer, the CLI, the store and the GUI read these.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "data/catalog.h"
#include "metrics/ranking_metrics.h"

namespace msl {

// One returned title. A title shared by several catalog items is one trie path and one entry;
// `items` lists them all (ascending ids), so entries stay distinct titles and every item
// appears at most once in a list.
struct RecommendedTitle {
  std::string title;
  std::vector<ItemId> items;
  double score = 0;  // length-normalised log-probability (beam_hypothesis.h)
};

struct SampleRecommendations {
  std::int64_t sampleIndex = 0;  // index into the split
  std::string userId;
  ItemId targetItem = 0;
  std::string targetTitle;
  std::optional<std::size_t> rank;  // of the target title among `titles`, 0-based
  std::vector<RecommendedTitle> titles;
};

struct EvaluationResult {
  std::string split;
  std::string variant;  // maskingVariantName
  std::size_t beams = 0;
  std::vector<SampleRecommendations> samples;
  std::map<std::string, double> metrics;  // HR@K, NDCG@K, MRR, coverage, popularity_share
  bool cancelled = false;                 // stopped by the progress callback; metrics cover
                                          // the samples done
  double seconds = 0;

  std::vector<SampleRank> ranks() const;
};

}  // namespace msl
