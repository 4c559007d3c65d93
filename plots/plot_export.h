#pragma once
// Saves a QCustomPlot as PNG, PDF or SVG, chosen by the file suffix, legend included.
#include <QString>

class QCustomPlot;

namespace msl {
namespace plots {

// Returns an empty string on success, else a translated message naming the file.
QString exportPlot(QCustomPlot& plot, const QString& path);

}  // namespace plots
}  // namespace msl
