#pragma once
// Global temporal split: every sample is placed by its target's timestamp, so that no training
// target is later than a validation target, and no validation target later than a test target.
#include <vector>

#include "data/sample.h"

namespace msl {

struct SplitFractions {
  double train = 0.8;
  double valid = 0.1;
  double test = 0.1;
};

struct TimeSplit {
  std::vector<Sample> train;
  std::vector<Sample> valid;
  std::vector<Sample> test;
};

// Stable-sorts by timestamp (ties keep their input order); the first floor(N * train) samples
// are train, the next floor(N * valid) valid, the rest test. Throws msl::Error when a fraction
// is negative or they do not sum to 1.
TimeSplit splitByTime(std::vector<Sample> samples, const SplitFractions& fractions = {});

}  // namespace msl
