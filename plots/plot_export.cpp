#include "plots/plot_export.h"

#include <qcustomplot.h>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSvgGenerator>

namespace msl {
namespace plots {
namespace {

QString tr(const char* text) {
  return QCoreApplication::translate("msl::plots::PlotExport", text);
}

bool saveSvg(QCustomPlot& plot, const QString& path) {
  QSvgGenerator generator;
  generator.setFileName(path);
  generator.setSize(plot.size());
  generator.setViewBox(plot.rect());
  generator.setTitle(plot.windowTitle());
  QCPPainter painter;
  if (!painter.begin(&generator)) return false;
  plot.toPainter(&painter, plot.width(), plot.height());
  return painter.end();
}

}  // namespace

QString exportPlot(QCustomPlot& plot, const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  bool saved = false;
  if (suffix == QLatin1String("png")) {
    saved = plot.savePng(path, 0, 0, 2.0);
  } else if (suffix == QLatin1String("pdf")) {
    saved = plot.savePdf(path);
  } else if (suffix == QLatin1String("svg")) {
    saved = saveSvg(plot, path);
  } else {
    return QCoreApplication::translate("msl::plots::PlotExport",
                                       "Cannot export %1: use a .png, .pdf or .svg file name.")
        .arg(path);
  }
  return saved ? QString()
               : QCoreApplication::translate("msl::plots::PlotExport", "Could not write %1.")
                     .arg(path);
}

}  // namespace plots
}  // namespace msl
