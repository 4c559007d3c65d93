#include "metrics/ranking_metrics.h"

#include <algorithm>
#include <cmath>

namespace msl {

std::optional<std::size_t> rankOfTitle(const std::vector<std::string>& returnedTitles,
                                       const std::string& target) {
  const auto found = std::find(returnedTitles.begin(), returnedTitles.end(), target);
  if (found == returnedTitles.end()) return std::nullopt;
  return static_cast<std::size_t>(found - returnedTitles.begin());
}

double hitAt(const std::optional<std::size_t>& rank, std::size_t k) {
  return rank && *rank < k ? 1.0 : 0.0;
}

double ndcgAt(const std::optional<std::size_t>& rank, std::size_t k) {
  return rank && *rank < k ? 1.0 / std::log2(static_cast<double>(*rank) + 2.0) : 0.0;
}

double reciprocalRank(const std::optional<std::size_t>& rank) {
  return rank ? 1.0 / (static_cast<double>(*rank) + 1.0) : 0.0;
}

std::map<std::string, double> rankingMetrics(const std::vector<SampleRank>& ranks,
                                             const std::vector<std::size_t>& cutoffs) {
  std::map<std::string, double> sums;
  for (std::size_t k : cutoffs) {
    sums["HR@" + std::to_string(k)] = 0;
    sums["NDCG@" + std::to_string(k)] = 0;
  }
  sums["MRR"] = 0;
  for (const SampleRank& sample : ranks) {
    for (std::size_t k : cutoffs) {
      sums["HR@" + std::to_string(k)] += hitAt(sample.rank, k);
      sums["NDCG@" + std::to_string(k)] += ndcgAt(sample.rank, k);
    }
    sums["MRR"] += reciprocalRank(sample.rank);
  }
  if (!ranks.empty()) {
    for (auto& [name, sum] : sums) sum /= static_cast<double>(ranks.size());
  }
  return sums;
}

}  // namespace msl
