#pragma once
// A chart's data as CSV: one row per point of every series, with the raw value and the
// smoothed value the chart draws. Numbers in shortest round-trip form; empty = not measured.
#include <QString>
#include <QVector>

#include "plots/chart_series.h"

namespace msl {
namespace plots {

QString chartCsv(const QVector<ChartSeries>& series, double smoothing);

}  // namespace plots
}  // namespace msl
