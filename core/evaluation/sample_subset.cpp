#include "evaluation/sample_subset.h"

#include <algorithm>
#include <numeric>

#include "data/splitmix64.h"

namespace msl {

std::vector<std::size_t> seededSubset(std::size_t splitSize, std::size_t count,
                                      std::uint64_t seed) {
  std::vector<std::size_t> indices(splitSize);
  std::iota(indices.begin(), indices.end(), std::size_t{0});
  if (count == 0 || count >= splitSize) return indices;
  // A partial Fisher-Yates shuffle: the first `count` positions are a uniform sample.
  SplitMix64 random(seed);
  for (std::size_t i = 0; i < count; ++i) {
    const auto j = i + static_cast<std::size_t>(random.below(splitSize - i));
    std::swap(indices[i], indices[j]);
  }
  indices.resize(count);
  std::sort(indices.begin(), indices.end());
  return indices;
}

}  // namespace msl
