#pragma once
// The window layout kept between sessions: the sizes of every named QSplitter under a window
// (the sidebar, the mask inspector's sample list, the runs table over its chart, ...), stored in
// QSettings under "layout/<objectName>". Splitters without an objectName are not kept, so that
// a page's layout survives only once the page names its splitters.
class QSettings;
class QWidget;

namespace msl {
namespace ui {

void saveSplitterSizes(const QWidget& root, QSettings& settings);
void restoreSplitterSizes(QWidget& root, const QSettings& settings);

}  // namespace ui
}  // namespace msl
