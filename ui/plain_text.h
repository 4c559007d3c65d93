#pragma once
// Catalog titles, user ids, run names and error messages are data, often scraped or typed by
// strangers: Qt renders any string that looks like HTML as rich text unless told otherwise.
// These helpers show such text literally, and keep a 10,000-character title from setting a
// label's or a column's width.
#include <QString>

class QLabel;
class QTableView;

namespace msl {
namespace ui {

// At most `maxCharacters`, ending in "…" when cut.
QString shortenedForDisplay(const QString& text, int maxCharacters = 200);

// `text`, shortened, between Unicode's first-strong isolate and its pop (U+2068 … U+2069), for
// data set into a longer sentence: a right-to-left override inside a title then reorders the
// title alone, not the "(run 3)" or the item id written after it.
QString isolatedForDisplay(const QString& text, int maxCharacters = 200);

// A tooltip that shows `text` as written (escaped, line breaks kept, long text cut); Qt would
// otherwise guess rich text from a "<b>" inside a title.
QString plainToolTip(const QString& text);

// A label whose text is never taken for markup, whatever it holds.
void usePlainText(QLabel* label);

// resizeColumnsToContents, with no column wider than `maxPixels`.
void resizeColumnsToContents(QTableView* table, int maxPixels = 480);

}  // namespace ui
}  // namespace msl
