#include "plots/chart_csv.h"

#include <QLocale>
#include <cmath>

#include "common/csv_field.h"
#include "plots/exponential_smoothing.h"

namespace msl {
namespace plots {
namespace {

QString number(double value) {
  if (std::isnan(value)) return {};
  return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// Run names are typed by people and can come from scraped titles: never a spreadsheet formula.
QString textCell(const QString& text) {
  return QString::fromStdString(csvField(spreadsheetSafe(text.toStdString())));
}

}  // namespace

QString chartCsv(const QVector<ChartSeries>& series, double smoothing) {
  QString csv = QStringLiteral("series,step,wall_time_s,raw,smoothed\n");
  for (const ChartSeries& curve : series) {
    const QVector<double> smoothed = exponentialMovingAverage(curve.values, smoothing);
    for (qsizetype i = 0; i < curve.values.size(); ++i) {
      csv += textCell(curve.name) + QLatin1Char(',') + number(curve.steps[i]) + QLatin1Char(',') +
             number(curve.wallSeconds[i]) + QLatin1Char(',') + number(curve.values[i]) +
             QLatin1Char(',') + number(smoothed[i]) + QLatin1Char('\n');
    }
  }
  return csv;
}

}  // namespace plots
}  // namespace msl
