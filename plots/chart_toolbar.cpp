#include "plots/chart_toolbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>
#include <cmath>

namespace msl {
namespace plots {

ChartToolbar::ChartToolbar(QWidget* parent)
    : QWidget(parent),
      smoothing_(new QSlider(Qt::Horizontal, this)),
      logY_(new QCheckBox(tr("Log y"), this)),
      xAxis_(new QComboBox(this)) {
  auto* row = new QHBoxLayout(this);
  row->setContentsMargins(0, 0, 0, 0);
  auto* smoothingLabel = new QLabel(tr("Smoothing"), this);
  smoothing_->setRange(0, 99);
  smoothing_->setMaximumWidth(140);
  smoothing_->setAccessibleName(tr("Smoothing"));
  smoothingLabel->setBuddy(smoothing_);
  connect(smoothing_, &QSlider::valueChanged, this,
          [this](int value) { Q_EMIT smoothingChosen(value / 100.0); });

  logY_->setAccessibleName(tr("Logarithmic y axis"));
  connect(logY_, &QCheckBox::toggled, this, &ChartToolbar::logYChosen);

  xAxis_->addItem(tr("Step"));
  xAxis_->addItem(tr("Wall time (s)"));
  xAxis_->setAccessibleName(tr("X axis"));
  connect(xAxis_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int index) {
    Q_EMIT xAxisChosen(index == 1 ? XAxisKind::WallTime : XAxisKind::Step);
  });

  auto* fitButton = new QToolButton(this);
  fitButton->setText(tr("Fit"));
  fitButton->setToolTip(tr("Show all data again (or double-click the chart)"));
  connect(fitButton, &QToolButton::clicked, this, &ChartToolbar::fitRequested);

  auto* exportButton = new QToolButton(this);
  exportButton->setText(tr("Export"));
  exportButton->setPopupMode(QToolButton::InstantPopup);
  auto* menu = new QMenu(exportButton);
  menu->addAction(tr("Image (PNG)…"), this,
                  [this] { Q_EMIT exportRequested(tr("PNG image (*.png)")); });
  menu->addAction(tr("Document (PDF)…"), this,
                  [this] { Q_EMIT exportRequested(tr("PDF (*.pdf)")); });
  menu->addAction(tr("Vector image (SVG)…"), this,
                  [this] { Q_EMIT exportRequested(tr("SVG (*.svg)")); });
  menu->addAction(tr("Data (CSV)…"), this, [this] { Q_EMIT exportRequested(tr("CSV (*.csv)")); });
  exportButton->setMenu(menu);

  row->addWidget(smoothingLabel);
  row->addWidget(smoothing_);
  row->addWidget(logY_);
  row->addWidget(xAxis_);
  row->addStretch(1);
  row->addWidget(fitButton);
  row->addWidget(exportButton);
}

void ChartToolbar::setSmoothing(double smoothing) {
  const QSignalBlocker blocker(smoothing_);
  smoothing_->setValue(static_cast<int>(std::lround(smoothing * 100)));
}

void ChartToolbar::setLogY(bool logY) {
  const QSignalBlocker blocker(logY_);
  logY_->setChecked(logY);
}

void ChartToolbar::setXAxisKind(XAxisKind kind) {
  const QSignalBlocker blocker(xAxis_);
  xAxis_->setCurrentIndex(kind == XAxisKind::WallTime ? 1 : 0);
}

}  // namespace plots
}  // namespace msl
