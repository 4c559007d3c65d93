#pragma once
// Ranking metrics of one evaluation pass. A plain value type: it crosses the core/GUI boundary.
#include <cstdint>
#include <map>
#include <string>

#include "store/store_types.h"

namespace msl {

struct EvaluationMetrics {
  RunId run = 0;
  std::int64_t step = 0;                  // the optimizer step the evaluated weights come from
  std::string split;                      // "valid", "test", ...
  std::map<std::string, double> metrics;  // "NDCG@10" -> 0.0123, "HR@5" -> ...
  std::int64_t samples = 0;               // how many samples were evaluated
};

}  // namespace msl
