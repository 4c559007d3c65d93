#pragma once
// Aggregate figures over a split's target masks: what the GUI and `mslw masks` show.
#include <cstddef>
#include <vector>

#include "trie/target_masks.h"

namespace msl {

struct MaskSummary {
  std::size_t samples = 0;
  std::size_t targetPositions = 0;
  std::size_t singleValidPositions = 0;  // dropped by MSL+ATS: their loss is 0 anyway
  double meanValidPerPosition = 0;
  double meanTargetLength = 0;
  std::vector<double> meanValidAtPosition;  // [t] over samples whose target is longer than t
  MaskMemory memory;
};

MaskSummary summarizeMasks(const TargetMasks& masks, std::size_t vocabSize);

}  // namespace msl
