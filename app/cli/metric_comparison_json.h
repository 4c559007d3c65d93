#pragma once
// One row of a paired metric comparison as JSON, the same in `mslw compare` and `mslw demo`.
#include <nlohmann/json.hpp>

#include "metrics/metric_comparison.h"

namespace mslw {

// {"metric", "a", "b", "difference", "t", "t_test_p", "b_better", "a_better", "ties",
//  "sign_test_p", "wilcoxon_z", "wilcoxon_p"}
nlohmann::json metricComparisonJson(const msl::MetricComparison& row);

}  // namespace mslw
