#pragma once
// Read-only figures in a form layout: each value is a selectable label whose objectName is the
// figure's key, so that a page updates, and a test reads, a figure by its key.
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace msl {
namespace ui {

QLabel* addFigureRow(QFormLayout& form, QWidget& owner, const QString& key, const QString& label);
QString figureText(const QWidget& owner, const QString& key);  // empty for an unknown key
void setFigureText(QWidget& owner, const QString& key, const QString& text);

}  // namespace ui
}  // namespace msl
