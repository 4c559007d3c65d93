#pragma once
// BIGRec's sliding window: each user's interactions sorted by time; every interaction from the
// range.min-th onward is a target, with up to range.max - 1 preceding items as history.
#include <vector>

#include "data/bigrec_samples.h"
#include "data/interactions.h"
#include "data/sample.h"

namespace msl {

// Users come out in order of their first line in `interactions`; each user's samples in time
// order. Interactions with equal timestamps keep their file order. A sample's timestamp is its
// target's.
std::vector<Sample> slidingWindowSamples(const std::vector<Interaction>& interactions,
                                         SequenceLengthRange range = {});

}  // namespace msl
