#include "metric_comparison_json.h"

namespace mslw {

nlohmann::json metricComparisonJson(const msl::MetricComparison& row) {
  const auto& p = row.paired;
  return {{"metric", row.metric},
          {"a", p.meanA},
          {"b", p.meanB},
          {"difference", p.meanDifference},
          {"t", p.tStatistic},
          {"t_test_p", p.tTestP},
          {"b_better", p.bBetter},
          {"a_better", p.aBetter},
          {"ties", p.ties},
          {"sign_test_p", p.signTestP},
          {"wilcoxon_z", p.wilcoxonZ},
          {"wilcoxon_p", p.wilcoxonP}};
}

}  // namespace mslw
