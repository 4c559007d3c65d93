#include "plots/plot_theme.h"

#include <qcustomplot.h>

namespace msl {
namespace plots {
namespace {

void themeAxis(QCPAxis& axis, const QPalette& palette) {
  const QColor text = palette.color(QPalette::WindowText);
  QColor grid = text;
  grid.setAlpha(40);
  axis.setBasePen(QPen(text));
  axis.setTickPen(QPen(text));
  axis.setSubTickPen(QPen(text));
  axis.setTickLabelColor(text);
  axis.setLabelColor(text);
  axis.grid()->setPen(QPen(grid, 1, Qt::DotLine));
  axis.grid()->setZeroLinePen(Qt::NoPen);
}

}  // namespace

void applyPalette(QCustomPlot& plot, const QPalette& palette) {
  plot.setBackground(palette.brush(QPalette::Base));
  for (QCPAxisRect* rect : plot.axisRects()) {
    for (QCPAxis* axis : rect->axes()) themeAxis(*axis, palette);
  }
  plot.legend->setBrush(palette.brush(QPalette::Base));
  plot.legend->setBorderPen(QPen(palette.color(QPalette::Mid)));
  plot.legend->setTextColor(palette.color(QPalette::Text));
}

}  // namespace plots
}  // namespace msl
