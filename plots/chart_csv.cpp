#include "plots/chart_csv.h"

#include <QLocale>
#include <cmath>

#include "plots/exponential_smoothing.h"

namespace msl {
namespace plots {
namespace {

QString number(double value) {
  if (std::isnan(value)) return {};
  return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString quoted(const QString& text) {
  if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))) return text;
  QString escaped = text;
  escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
  return QLatin1Char('"') + escaped + QLatin1Char('"');
}

}  // namespace

QString chartCsv(const QVector<ChartSeries>& series, double smoothing) {
  QString csv = QStringLiteral("series,step,wall_time_s,raw,smoothed\n");
  for (const ChartSeries& curve : series) {
    const QVector<double> smoothed = exponentialMovingAverage(curve.values, smoothing);
    for (qsizetype i = 0; i < curve.values.size(); ++i) {
      csv += quoted(curve.name) + QLatin1Char(',') + number(curve.steps[i]) + QLatin1Char(',') +
             number(curve.wallSeconds[i]) + QLatin1Char(',') + number(curve.values[i]) +
             QLatin1Char(',') + number(smoothed[i]) + QLatin1Char('\n');
    }
  }
  return csv;
}

}  // namespace plots
}  // namespace msl
