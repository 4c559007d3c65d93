#include "metrics/paired_comparison.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include "common/error.h"
#include "metrics/student_t.h"

namespace msl {
namespace {

double logBinomialHalf(std::size_t n, std::size_t k) {
  const double dn = static_cast<double>(n);
  const double dk = static_cast<double>(k);
  return std::lgamma(dn + 1) - std::lgamma(dk + 1) - std::lgamma(dn - dk + 1) - dn * std::log(2.0);
}

void wilcoxon(const std::vector<double>& differences, PairedComparison& result) {
  std::vector<double> nonZero;
  for (double d : differences)
    if (d != 0) nonZero.push_back(d);
  const std::size_t n = nonZero.size();
  if (n == 0) return;
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    return std::abs(nonZero[x]) < std::abs(nonZero[y]);
  });
  double positiveRankSum = 0;
  double tieCorrection = 0;
  for (std::size_t start = 0; start < n;) {
    std::size_t end = start;
    while (end < n && std::abs(nonZero[order[end]]) == std::abs(nonZero[order[start]])) ++end;
    const double averageRank = (static_cast<double>(start + 1) + static_cast<double>(end)) / 2.0;
    const double tied = static_cast<double>(end - start);
    tieCorrection += tied * tied * tied - tied;
    for (std::size_t i = start; i < end; ++i)
      if (nonZero[order[i]] > 0) positiveRankSum += averageRank;
    start = end;
  }
  const double dn = static_cast<double>(n);
  const double mean = dn * (dn + 1) / 4.0;
  const double variance = dn * (dn + 1) * (2 * dn + 1) / 24.0 - tieCorrection / 48.0;
  if (variance <= 0) return;
  result.wilcoxonZ = (positiveRankSum - mean) / std::sqrt(variance);
  result.wilcoxonP = std::min(1.0, 2.0 * (1.0 - standardNormalCdf(std::abs(result.wilcoxonZ))));
}

}  // namespace

double exactSignTestP(std::size_t successes, std::size_t trials) {
  if (trials == 0) return 1.0;
  const std::size_t tail = std::min(successes, trials - successes);
  double p = 0;
  for (std::size_t k = 0; k <= tail; ++k) p += std::exp(logBinomialHalf(trials, k));
  return std::min(1.0, 2.0 * p);
}

PairedComparison comparePaired(const std::vector<double>& a, const std::vector<double>& b) {
  if (a.size() != b.size()) {
    throw Error("paired comparison: run A has " + std::to_string(a.size()) + " samples and run B " +
                std::to_string(b.size()) + "; expected the same samples in both");
  }
  PairedComparison result;
  result.samples = a.size();
  if (a.empty()) return result;
  const double n = static_cast<double>(a.size());
  std::vector<double> differences(a.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    differences[i] = b[i] - a[i];
    result.meanA += a[i];
    result.meanB += b[i];
    if (differences[i] > 0)
      ++result.bBetter;
    else if (differences[i] < 0)
      ++result.aBetter;
    else
      ++result.ties;
  }
  result.meanA /= n;
  result.meanB /= n;
  result.meanDifference = std::accumulate(differences.begin(), differences.end(), 0.0) / n;
  if (a.size() > 1) {
    double squares = 0;
    for (double d : differences)
      squares += (d - result.meanDifference) * (d - result.meanDifference);
    const double standardError = std::sqrt(squares / (n - 1) / n);
    result.degreesOfFreedom = n - 1;
    if (standardError > 0) {
      result.tStatistic = result.meanDifference / standardError;
      result.tTestP = studentTTwoSidedP(result.tStatistic, result.degreesOfFreedom);
    }
  }
  result.signTestP = exactSignTestP(result.bBetter, result.bBetter + result.aBetter);
  wilcoxon(differences, result);
  return result;
}

PairedComparison compareRanks(
    const std::vector<SampleRank>& a, const std::vector<SampleRank>& b,
    const std::function<double(const std::optional<std::size_t>&)>& value) {
  std::map<std::int64_t, const SampleRank*> byIndex;
  for (const SampleRank& sample : b) byIndex[sample.sampleIndex] = &sample;
  if (byIndex.size() != b.size() || a.size() != b.size()) {
    throw Error("paired comparison: run A has " + std::to_string(a.size()) + " samples, run B " +
                std::to_string(b.size()) + " (distinct); expected the same samples in both");
  }
  std::vector<double> valuesA;
  std::vector<double> valuesB;
  for (const SampleRank& sample : a) {
    const auto found = byIndex.find(sample.sampleIndex);
    if (found == byIndex.end()) {
      throw Error("paired comparison: sample " + std::to_string(sample.sampleIndex) + " (user " +
                  sample.userId + ") was evaluated in run A but not in run B");
    }
    valuesA.push_back(value(sample.rank));
    valuesB.push_back(value(found->second->rank));
  }
  return comparePaired(valuesA, valuesB);
}

PairedComparison compareRuns(const std::vector<SampleRank>& a, const std::vector<SampleRank>& b,
                             std::size_t k) {
  return compareRanks(a, b,
                      [k](const std::optional<std::size_t>& rank) { return ndcgAt(rank, k); });
}

}  // namespace msl
