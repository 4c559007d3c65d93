#pragma once
// The batches of one epoch: a seeded shuffle of the sample indices (SplitMix64, so the order is
// the same on every platform and independent of LibTorch's generators), cut into batches.
// With length bucketing, samples of similar length share a batch (less padding) and the batch
// order is shuffled again so that lengths do not come in sorted runs.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace msl {

// Samples per bucket = batchSize × this; sorting only within a window keeps batches random.
inline constexpr std::size_t kBucketWindowBatches = 50;

// sequenceLengths[i]: tokens of sample i (prompt + target). The last batch may be smaller.
std::vector<std::vector<std::size_t>> epochBatches(const std::vector<std::size_t>& sequenceLengths,
                                                   std::size_t batchSize, std::uint64_t seed,
                                                   std::int64_t epoch, bool lengthBucketing);

std::size_t batchesPerEpoch(std::size_t samples, std::size_t batchSize);

}  // namespace msl
