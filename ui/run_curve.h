#pragma once
// The selected runs' curves of one quantity (ui/run_quantity.h) as read from the store, ready
// for LiveChart series, and the evaluation quantities those runs have, for the chooser.
#include <QString>
#include <QVector>

#include "plots/chart_series.h"
#include "store/store_types.h"
#include "ui/run_quantity.h"

namespace msl {
namespace ui {

struct RunCurve {
  RunId run = 0;
  QString name;
  QVector<plots::ChartPoint> points;  // measured points only
};

struct RunCurves {
  QString quantityKey;
  QVector<RunCurve> curves;
  QVector<RunQuantity> evaluationQuantities;  // of the selected runs, in split then metric order
};

}  // namespace ui
}  // namespace msl
