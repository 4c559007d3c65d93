#pragma once
// Every ranking metric of two evaluations of the same samples, each with its paired tests
// (paired_comparison.h): what `mslw compare` prints. Torch-free plain values.
#include <string>
#include <vector>

#include "metrics/paired_comparison.h"

namespace msl {

struct MetricComparison {
  std::string metric;  // "HR@5", "NDCG@10", "MRR" (names as rankingMetrics gives them)
  PairedComparison paired;
};

// HR@K and NDCG@K for each cut-off, then MRR; msl::Error when the sample sets differ.
std::vector<MetricComparison> compareMetrics(
    const std::vector<SampleRank>& a, const std::vector<SampleRank>& b,
    const std::vector<std::size_t>& cutoffs = defaultCutoffs());

}  // namespace msl
