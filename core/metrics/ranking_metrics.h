#pragma once
// Ranking metrics exactly as MSL.md states them. A sample's rank is the 0-based position of the
// target title among the returned titles, matched by title text (so an item whose title is
// shared with other items counts as found when that title is returned); absent = miss.
//   HR@K   = share of samples with rank < K
//   NDCG@K = mean over samples of (rank < K ? 1 / log2(rank + 2) : 0)
//   MRR    = mean over samples of (hit ? 1 / (rank + 1) : 0), over the whole returned list
// Torch-free plain values: the GUI and the store use them as they are.
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace msl {

// 0-based rank of `target` in `returnedTitles` (first occurrence), nullopt for a miss.
std::optional<std::size_t> rankOfTitle(const std::vector<std::string>& returnedTitles,
                                       const std::string& target);

struct SampleRank {
  std::int64_t sampleIndex = 0;  // index into the evaluated split
  std::string userId;
  std::optional<std::size_t> rank;  // nullopt = miss
};

// The cut-offs the paper reports.
inline const std::vector<std::size_t>& defaultCutoffs() {
  static const std::vector<std::size_t> cutoffs{1, 5, 10};
  return cutoffs;
}

double hitAt(const std::optional<std::size_t>& rank, std::size_t k);   // 0 or 1
double ndcgAt(const std::optional<std::size_t>& rank, std::size_t k);  // 0 or 1/log2(rank+2)
double reciprocalRank(const std::optional<std::size_t>& rank);

// {"HR@1", "HR@5", "HR@10", "NDCG@1", ..., "MRR"} averaged over `ranks`; all 0 when empty.
std::map<std::string, double> rankingMetrics(
    const std::vector<SampleRank>& ranks,
    const std::vector<std::size_t>& cutoffs = defaultCutoffs());

}  // namespace msl
