#include "ui/figure_labels.h"

#include <QFormLayout>
#include <QLabel>

namespace msl {
namespace ui {

QLabel* addFigureRow(QFormLayout& form, QWidget& owner, const QString& key, const QString& label) {
  auto* value = new QLabel(QStringLiteral("—"), &owner);
  value->setObjectName(key);
  value->setTextInteractionFlags(Qt::TextSelectableByMouse);
  value->setWordWrap(true);
  form.addRow(label, value);
  return value;
}

QString figureText(const QWidget& owner, const QString& key) {
  auto* label = owner.findChild<QLabel*>(key);
  return label ? label->text() : QString();
}

void setFigureText(QWidget& owner, const QString& key, const QString& text) {
  if (auto* label = owner.findChild<QLabel*>(key)) label->setText(text);
}

}  // namespace ui
}  // namespace msl
