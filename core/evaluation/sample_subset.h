#pragma once
// The samples an evaluation during training looks at: a fixed pseudo-random subset of a split,
// the same for every evaluation of a run (so its curve compares like with like) and for every
// run with the same seed (so `mslw compare` can pair two runs' subsets). Torch-free.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace msl {

// `count` distinct indices in [0, splitSize), ascending; all of them when count is 0 or not
// smaller than splitSize. Drawn with SplitMix64 (data/splitmix64.h): the same on every platform.
std::vector<std::size_t> seededSubset(std::size_t splitSize, std::size_t count, std::uint64_t seed);

}  // namespace msl
