#pragma once
// Colours a QCustomPlot from the widget palette so charts follow the system light/dark theme.
#include <QPalette>

class QCustomPlot;

namespace msl {
namespace plots {

void applyPalette(QCustomPlot& plot, const QPalette& palette);

}  // namespace plots
}  // namespace msl
