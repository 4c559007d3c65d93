#pragma once
// Help > The method: docs/method.md, compiled into the program as a Qt resource, so that the
// statement of LML, MSL, ATS, the constrained beam search and the metrics the window shows is the
// same text as the repository's and cannot go missing from an installed copy.
#include <QDialog>
#include <QString>

class QTextBrowser;

namespace msl {
namespace ui {

// The resource's Markdown text; empty when the resource is not linked in.
QString methodMarkdown();

class MethodDialog : public QDialog {
  Q_OBJECT

 public:
  explicit MethodDialog(QWidget* parent = nullptr);
  QTextBrowser* browser() const { return browser_; }

 private:
  QTextBrowser* browser_;
};

}  // namespace ui
}  // namespace msl
