#pragma once
// A run's loss curve as read from the store, ready for a LiveChart series.
#include <QString>
#include <QVector>

#include "plots/chart_series.h"
#include "store/store_types.h"

namespace msl {
namespace ui {

struct RunCurve {
  RunId run = 0;
  QString name;
  QVector<plots::ChartPoint> loss;
};

}  // namespace ui
}  // namespace msl
