#include "ui/settings_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace msl {
namespace ui {
namespace {

const char* const kLanguageKey = "interface/language";
const char* const kStoreKey = "store/path";

}  // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent), language_(new QComboBox(this)), store_(new QLineEdit(this)) {
  setWindowTitle(tr("Settings"));
  // Language names in their own language: whoever cannot read the current one finds theirs.
  language_->addItem(tr("System language"), QString());
  language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
  language_->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
  language_->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
  language_->setCurrentIndex(std::max(0, language_->findData(languageSetting())));
  language_->setAccessibleName(tr("Interface language"));
  store_->setText(storeSetting());
  store_->setPlaceholderText(tr("Default location"));
  store_->setAccessibleName(tr("Experiment store file"));
  auto* browse = new QPushButton(tr("Browse…"), this);
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString file = QFileDialog::getSaveFileName(this, tr("Experiment store"), store_->text(),
                                                      tr("SQLite store (*.sqlite)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty()) store_->setText(file);
  });
  auto* storeRow = new QHBoxLayout;
  storeRow->addWidget(store_, 1);
  storeRow->addWidget(browse);

  auto* form = new QFormLayout;
  form->addRow(tr("&Language"), language_);
  form->addRow(new QLabel(tr("The language changes at the next start."), this));
  form->addRow(tr("Experiment &store"), storeRow);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(buttons);
}

QString SettingsDialog::languageSetting() {
  return QSettings().value(QLatin1String(kLanguageKey)).toString();
}

QString SettingsDialog::storeSetting() {
  return QSettings().value(QLatin1String(kStoreKey)).toString();
}

void SettingsDialog::accept() {
  QSettings settings;
  settings.setValue(QLatin1String(kLanguageKey), language_->currentData().toString());
  settings.setValue(QLatin1String(kStoreKey), store_->text().trimmed());
  QDialog::accept();
}

}  // namespace ui
}  // namespace msl
