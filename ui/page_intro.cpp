#include "ui/page_intro.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include "ui/plain_text.h"

namespace msl {
namespace ui {

namespace {

QString settingsKey(const QString& key) {
  return QStringLiteral("intro/") + key + QStringLiteral("/dismissed");
}

}  // namespace

PageIntro::PageIntro(const QString& key, const QString& text, QWidget* parent)
    : QFrame(parent), key_(key), text_(new QLabel(text, this)), dismiss_(new QPushButton(this)) {
  setObjectName(QStringLiteral("pageIntro_") + key);
  setFrameShape(QFrame::StyledPanel);
  // The palette's alternate base, so that the note stands out in light and dark themes alike.
  setAutoFillBackground(true);
  QPalette shade = palette();
  shade.setColor(QPalette::Window, palette().color(QPalette::AlternateBase));
  setPalette(shade);
  usePlainText(text_);
  text_->setWordWrap(true);
  dismiss_->setText(tr("Got it"));
  dismiss_->setAccessibleName(tr("Dismiss this page's introduction"));
  auto* layout = new QHBoxLayout(this);
  layout->addWidget(text_, 1);
  layout->addWidget(dismiss_, 0, Qt::AlignTop);
  connect(dismiss_, &QPushButton::clicked, this, [this] {
    QSettings().setValue(settingsKey(key_), true);
    hide();
  });
  setVisible(!QSettings().value(settingsKey(key_)).toBool());
}

QWidget* PageIntro::above(QWidget* page, const QString& key, const QString& text) {
  auto* holder = new QWidget;
  auto* layout = new QVBoxLayout(holder);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(new PageIntro(key, text, holder));
  layout->addWidget(page, 1);
  return holder;
}

void PageIntro::showAllAgain(QWidget* root) {
  QSettings settings;
  for (PageIntro* intro : root->findChildren<PageIntro*>()) {
    settings.remove(settingsKey(intro->key_));
    intro->show();
  }
}

QString PageIntro::text() const {
  return text_->text();
}

}  // namespace ui
}  // namespace msl
