#include "ui/plain_text.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace msl {
namespace ui {

QString shortenedForDisplay(const QString& text, int maxCharacters) {
  if (text.size() <= maxCharacters) return text;
  return text.left(maxCharacters - 1) + QChar(0x2026);
}

QString isolatedForDisplay(const QString& text, int maxCharacters) {
  return QChar(0x2068) + shortenedForDisplay(text, maxCharacters) + QChar(0x2069);
}

QString plainToolTip(const QString& text) {
  if (text.isEmpty()) return {};
  // Rich text whose every character is escaped shows the string itself.
  return QStringLiteral("<p style=\"white-space:pre-wrap\">") +
         shortenedForDisplay(text, 2000).toHtmlEscaped() + QStringLiteral("</p>");
}

void usePlainText(QLabel* label) {
  label->setTextFormat(Qt::PlainText);
}

void resizeColumnsToContents(QTableView* table, int maxPixels) {
  table->resizeColumnsToContents();
  for (int column = 0; column < table->horizontalHeader()->count(); ++column)
    if (table->columnWidth(column) > maxPixels) table->setColumnWidth(column, maxPixels);
}

}  // namespace ui
}  // namespace msl
