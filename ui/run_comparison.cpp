#include "ui/run_comparison.h"

#include <algorithm>
#include <optional>

#include "common/error.h"
#include "metrics/stored_evaluation.h"
#include "store/experiment_store.h"
#include "store/step_metrics.h"

namespace msl {
namespace ui {
namespace {

const MetricComparison* findMetric(const std::vector<MetricComparison>& table,
                                   const std::string& name) {
  const auto found = std::find_if(table.begin(), table.end(),
                                  [&](const MetricComparison& row) { return row.metric == name; });
  return found == table.end() ? nullptr : &*found;
}

}  // namespace

RunId defaultReference(const std::vector<RunRecord>& runs) {
  if (runs.empty()) return 0;
  for (const char* kind : {"popularity", "lml"}) {
    const auto found = std::find_if(runs.begin(), runs.end(),
                                    [&](const RunRecord& run) { return run.lossKind == kind; });
    if (found != runs.end()) return found->id;
  }
  return runs.front().id;
}

QVector<RunComparisonRow> compareRuns(ExperimentStore& store, const std::vector<RunId>& runs,
                                      RunId reference, const std::string& split) {
  std::optional<StoredEvaluation> base;
  QString baseProblem;
  try {
    base = latestStoredEvaluation(store, reference, split);
  } catch (const Error& error) {
    baseProblem = QString::fromStdString(error.what());
  }
  QVector<RunComparisonRow> rows;
  for (RunId id : runs) {
    const RunRecord record = store.run(id);
    RunComparisonRow row;
    row.run = id;
    row.name = QString::fromStdString(record.name);
    row.kind = QString::fromStdString(record.lossKind);
    row.reference = id == reference;
    try {
      const StoredEvaluation evaluation = latestStoredEvaluation(store, id, split);
      row.step = evaluation.metrics.step;
      row.samples = evaluation.metrics.samples;
      const auto metric = [&](const char* name) {
        const auto found = evaluation.metrics.metrics.find(name);
        return found == evaluation.metrics.metrics.end() ? StepMetrics::kNotMeasured
                                                         : found->second;
      };
      row.hitRate = metric("HR@10");
      row.ndcg = metric("NDCG@10");
      if (!base) {
        row.problem = baseProblem;
      } else if (!row.reference) {
        const std::vector<MetricComparison> table = compareStoredEvaluations(*base, evaluation);
        if (const MetricComparison* hr = findMetric(table, "HR@10")) {
          row.hitRateDifference = hr->paired.meanDifference;
          row.hitRateWilcoxonP = hr->paired.wilcoxonP;
        }
        if (const MetricComparison* ndcg = findMetric(table, "NDCG@10")) {
          row.ndcgDifference = ndcg->paired.meanDifference;
          row.ndcgWilcoxonP = ndcg->paired.wilcoxonP;
          row.ndcgTTestP = ndcg->paired.tTestP;
        }
      }
    } catch (const Error& error) {
      row.problem = QString::fromStdString(error.what());
    }
    rows.append(row);
  }
  return rows;
}

}  // namespace ui
}  // namespace msl
