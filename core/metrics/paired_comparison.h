#pragma once
// Two runs evaluated on the same samples: is B better than A, beyond noise? Compares the
// per-sample values (NDCG@10 by default) pairwise with
//  - a paired t-test (two-sided, df = n - 1),
//  - an exact two-sided sign test on the samples where the runs differ,
//  - the Wilcoxon signed-rank test (normal approximation with tie correction, no continuity
//    correction, zero differences dropped: scipy's wilcoxon(..., method="approx")).
// Most samples of a recommender are misses in both runs (difference 0), which is why the sign
// and Wilcoxon tests, which ignore them, are reported beside the t-test.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "metrics/ranking_metrics.h"

namespace msl {

struct PairedComparison {
  std::size_t samples = 0;
  double meanA = 0;
  double meanB = 0;
  double meanDifference = 0;  // B - A
  double tStatistic = 0;      // 0 when every difference is equal (no spread)
  double degreesOfFreedom = 0;
  double tTestP = 1;
  std::size_t bBetter = 0;
  std::size_t aBetter = 0;
  std::size_t ties = 0;
  double signTestP = 1;
  double wilcoxonZ = 0;
  double wilcoxonP = 1;
};

// a[i] and b[i] belong to the same sample. Throws msl::Error on different lengths.
PairedComparison comparePaired(const std::vector<double>& a, const std::vector<double>& b);

// Per-sample values (value(rank), e.g. ndcgAt(rank, 5)) of two evaluations, paired by sample
// index (both must cover the same samples; msl::Error names the first sample only one of them
// has).
PairedComparison compareRanks(
    const std::vector<SampleRank>& a, const std::vector<SampleRank>& b,
    const std::function<double(const std::optional<std::size_t>&)>& value);

// compareRanks on NDCG@k.
PairedComparison compareRuns(const std::vector<SampleRank>& a, const std::vector<SampleRank>& b,
                             std::size_t k = 10);

// P(X <= k) + P(X >= n - k) for X ~ Binomial(n, 1/2), capped at 1.
double exactSignTestP(std::size_t successes, std::size_t trials);

}  // namespace msl
