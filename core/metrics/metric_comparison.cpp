#include "metrics/metric_comparison.h"

namespace msl {

std::vector<MetricComparison> compareMetrics(const std::vector<SampleRank>& a,
                                             const std::vector<SampleRank>& b,
                                             const std::vector<std::size_t>& cutoffs) {
  using Rank = std::optional<std::size_t>;
  std::vector<MetricComparison> table;
  for (std::size_t k : cutoffs)
    table.push_back({"HR@" + std::to_string(k),
                     compareRanks(a, b, [k](const Rank& rank) { return hitAt(rank, k); })});
  for (std::size_t k : cutoffs)
    table.push_back({"NDCG@" + std::to_string(k),
                     compareRanks(a, b, [k](const Rank& rank) { return ndcgAt(rank, k); })});
  table.push_back({"MRR", compareRanks(a, b, reciprocalRank)});
  return table;
}

}  // namespace msl
