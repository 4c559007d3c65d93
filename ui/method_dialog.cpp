#include "ui/method_dialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace msl {
namespace ui {

QString methodMarkdown() {
  QFile file(QStringLiteral(":/docs/method.md"));
  if (!file.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(file.readAll());
}

MethodDialog::MethodDialog(QWidget* parent) : QDialog(parent), browser_(new QTextBrowser(this)) {
  setWindowTitle(tr("The method — MSL Workbench"));
  const QString markdown = methodMarkdown();
  // The page is the repository's English document; a missing resource is a build fault, said
  // plainly rather than shown as an empty window.
  if (markdown.isEmpty())
    browser_->setPlainText(tr("The description of the method is missing from this build."));
  else
    browser_->setMarkdown(markdown);
  browser_->setOpenExternalLinks(true);
  browser_->setAccessibleName(tr("The method"));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(browser_);
  layout->addWidget(buttons);
  resize(780, 680);
}

}  // namespace ui
}  // namespace msl
