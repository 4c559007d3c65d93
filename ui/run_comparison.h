#pragma once
// The Runs page's comparison table: the selected runs' latest evaluations of one split, each
// paired by sample with a reference run (a baseline, the LML run) as `mslw compare` pairs them
// (metrics/stored_evaluation.h), HR@10 and NDCG@10 with their differences and Wilcoxon p-values.
#include <QMetaType>
#include <QString>
#include <QVector>
#include <string>
#include <vector>

#include "store/store_types.h"

namespace msl {
class ExperimentStore;
struct RunRecord;

namespace ui {

struct RunComparisonRow {
  RunId run = 0;
  QString name;
  QString kind;  // loss kind or baseline name
  bool reference = false;
  std::int64_t step = 0;
  std::int64_t samples = 0;
  double hitRate = 0;  // HR@10
  double ndcg = 0;     // NDCG@10
  // Against the reference, on the same samples (0 and 1 for the reference itself).
  double hitRateDifference = 0;
  double hitRateWilcoxonP = 1;
  double ndcgDifference = 0;
  double ndcgWilcoxonP = 1;
  double ndcgTTestP = 1;
  QString problem;  // why this run has no figures (no evaluation of the split, other samples)
};

// The reference a comparison defaults to among `runs`: a popularity baseline, else an LML run,
// else the first.
RunId defaultReference(const std::vector<RunRecord>& runs);

// One row per run, in the order given. A run without a whole evaluation of `split` gets a row
// naming the problem; so does every row when the reference has none.
QVector<RunComparisonRow> compareRuns(ExperimentStore& store, const std::vector<RunId>& runs,
                                      RunId reference, const std::string& split);

}  // namespace ui
}  // namespace msl

Q_DECLARE_METATYPE(QVector<msl::ui::RunComparisonRow>)
