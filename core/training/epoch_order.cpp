#include "training/epoch_order.h"

#include <algorithm>
#include <numeric>

#include "common/error.h"
#include "data/splitmix64.h"

namespace msl {
namespace {

template <typename T>
void shuffle(std::vector<T>& values, SplitMix64& random) {
  for (std::size_t i = values.size(); i > 1; --i) std::swap(values[i - 1], values[random.below(i)]);
}

}  // namespace

std::size_t batchesPerEpoch(std::size_t samples, std::size_t batchSize) {
  if (batchSize == 0) throw Error("epoch order: batch size must be positive");
  return (samples + batchSize - 1) / batchSize;
}

std::vector<std::vector<std::size_t>> epochBatches(const std::vector<std::size_t>& sequenceLengths,
                                                   std::size_t batchSize, std::uint64_t seed,
                                                   std::int64_t epoch, bool lengthBucketing) {
  const std::size_t count = batchesPerEpoch(sequenceLengths.size(), batchSize);
  std::vector<std::size_t> order(sequenceLengths.size());
  std::iota(order.begin(), order.end(), 0);
  // One stream per (seed, epoch): epoch e's order never depends on how many numbers earlier
  // epochs drew, so a resumed run rebuilds it from the two numbers alone.
  SplitMix64 random(seed * 0x9E3779B97F4A7C15ull + static_cast<std::uint64_t>(epoch) + 1);
  shuffle(order, random);
  if (lengthBucketing) {
    const std::size_t window = batchSize * kBucketWindowBatches;
    for (std::size_t begin = 0; begin < order.size(); begin += window) {
      const auto end =
          order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), begin + window));
      std::stable_sort(
          order.begin() + static_cast<std::ptrdiff_t>(begin), end,
          [&](std::size_t a, std::size_t b) { return sequenceLengths[a] < sequenceLengths[b]; });
    }
  }
  std::vector<std::vector<std::size_t>> batches(count);
  for (std::size_t i = 0; i < order.size(); ++i) batches[i / batchSize].push_back(order[i]);
  if (lengthBucketing) shuffle(batches, random);
  return batches;
}

}  // namespace msl
