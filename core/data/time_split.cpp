#include "data/time_split.h"

#include <algorithm>
#include <cmath>

#include "common/error.h"

namespace msl {

TimeSplit splitByTime(std::vector<Sample> samples, const SplitFractions& fractions) {
  if (fractions.train < 0 || fractions.valid < 0 || fractions.test < 0 ||
      std::abs(fractions.train + fractions.valid + fractions.test - 1.0) > 1e-6)
    throw Error("split fractions must be non-negative and sum to 1 (got train " +
                std::to_string(fractions.train) + ", valid " + std::to_string(fractions.valid) +
                ", test " + std::to_string(fractions.test) + ")");
  std::stable_sort(samples.begin(), samples.end(),
                   [](const Sample& a, const Sample& b) { return a.timestamp < b.timestamp; });
  const std::size_t total = samples.size();
  // The epsilon keeps e.g. 10 * 0.8 from flooring to 7 through rounding error.
  const auto count = [total](double fraction) {
    return std::min(total, static_cast<std::size_t>(std::floor(total * fraction + 1e-9)));
  };
  const std::size_t trainEnd = count(fractions.train);
  const std::size_t validEnd = std::min(total, trainEnd + count(fractions.valid));
  TimeSplit split;
  auto begin = std::make_move_iterator(samples.begin());
  split.train.assign(begin, begin + static_cast<std::ptrdiff_t>(trainEnd));
  split.valid.assign(begin + static_cast<std::ptrdiff_t>(trainEnd),
                     begin + static_cast<std::ptrdiff_t>(validEnd));
  split.test.assign(begin + static_cast<std::ptrdiff_t>(validEnd),
                    std::make_move_iterator(samples.end()));
  return split;
}

}  // namespace msl
