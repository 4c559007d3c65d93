#pragma once
// The top-K list the model produced for one evaluation sample. A plain value type: it crosses
// the core/GUI boundary.
#include <cstdint>
#include <string>
#include <vector>

#include "store/store_types.h"

namespace msl {

struct RecommendationRecord {
  static constexpr std::int64_t kMiss = -1;

  RunId run = 0;
  std::int64_t step = 0;
  std::string split;
  std::int64_t sampleIndex = 0;
  std::string userId;
  std::int64_t targetItem = 0;
  std::int64_t rank = kMiss;  // 1-based rank of the target in topItems, kMiss when absent
  std::vector<std::int64_t> topItems;
  std::vector<double> topScores;  // same length as topItems, best first
};

}  // namespace msl
