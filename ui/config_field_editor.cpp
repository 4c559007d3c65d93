#include "ui/config_field_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>
#include <nlohmann/json.hpp>

namespace msl {
namespace ui {

namespace {

QString numberText(const nlohmann::json& value) {
  if (value.is_number_integer()) return QString::number(value.get<std::int64_t>());
  if (value.is_number_unsigned()) return QString::number(value.get<std::uint64_t>());
  if (value.is_number()) return QString::number(value.get<double>(), 'g', 12);
  return {};
}

QStringList listItems(const QString& text) {
  return text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
}

}  // namespace

ConfigFieldEditor::ConfigFieldEditor(ConfigField field, QWidget* parent)
    : QWidget(parent), field_(std::move(field)), error_(new QLabel(this)) {
  setObjectName(field_.path);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  auto* row = new QHBoxLayout;
  layout->addLayout(row);
  switch (field_.kind) {
    case FieldKind::Bool:
      check_ = new QCheckBox(this);
      connect(check_, &QCheckBox::toggled, this, &ConfigFieldEditor::edited);
      row->addWidget(check_);
      break;
    case FieldKind::Choice:
      combo_ = new QComboBox(this);
      combo_->addItems(field_.choices);
      connect(combo_, &QComboBox::currentTextChanged, this, &ConfigFieldEditor::edited);
      row->addWidget(combo_);
      break;
    default:
      line_ = new QLineEdit(this);
      if (field_.kind == FieldKind::Names)
        line_->setPlaceholderText(field_.choices.join(QStringLiteral(", ")));
      connect(line_, &QLineEdit::textEdited, this, &ConfigFieldEditor::edited);
      row->addWidget(line_);
      if (field_.kind == FieldKind::Path) {
        auto* button = new QToolButton(this);
        button->setText(QStringLiteral("…"));
        button->setToolTip(tr("Choose…"));
        button->setAccessibleName(tr("Choose %1").arg(field_.label));
        connect(button, &QToolButton::clicked, this, &ConfigFieldEditor::browse);
        row->addWidget(button);
      }
  }
  editor()->setObjectName(field_.path + QStringLiteral("/editor"));
  editor()->setToolTip(field_.help);
  // The form's row label is the container's buddy; screen readers read the editor itself.
  editor()->setAccessibleName(field_.label);
  error_->setObjectName(field_.path + QStringLiteral("/error"));
  error_->setWordWrap(true);
  error_->setStyleSheet(QStringLiteral("color: #c0392b;"));
  error_->hide();
  layout->addWidget(error_);
}

QWidget* ConfigFieldEditor::editor() const {
  if (check_) return check_;
  if (combo_) return combo_;
  return line_;
}

void ConfigFieldEditor::setValue(const nlohmann::json& value) {
  switch (field_.kind) {
    case FieldKind::Bool:
      check_->setChecked(value.is_boolean() && value.get<bool>());
      break;
    case FieldKind::Choice:
      if (value.is_string())
        combo_->setCurrentText(QString::fromStdString(value.get<std::string>()));
      break;
    case FieldKind::Integer:
    case FieldKind::Number:
      line_->setText(numberText(value));
      break;
    case FieldKind::NumberPair:
    case FieldKind::Names: {
      QStringList items;
      if (value.is_array()) {
        for (const auto& item : value)
          items << (item.is_string() ? QString::fromStdString(item.get<std::string>())
                                     : numberText(item));
      }
      line_->setText(items.join(QStringLiteral(", ")));
      break;
    }
    default:
      line_->setText(value.is_string() ? QString::fromStdString(value.get<std::string>())
                                       : QString());
  }
}

QString ConfigFieldEditor::read(nlohmann::json& value) const {
  const QLocale c = QLocale::c();
  switch (field_.kind) {
    case FieldKind::Bool:
      value = check_->isChecked();
      return {};
    case FieldKind::Choice:
      value = combo_->currentText().toStdString();
      return {};
    case FieldKind::Integer: {
      bool ok = false;
      const qlonglong number = c.toLongLong(line_->text().trimmed(), &ok);
      if (!ok) return tr("%1 must be a whole number").arg(field_.path);
      value = static_cast<std::int64_t>(number);
      return {};
    }
    case FieldKind::Number: {
      bool ok = false;
      const double number = c.toDouble(line_->text().trimmed(), &ok);
      if (!ok) return tr("%1 must be a number").arg(field_.path);
      value = number;
      return {};
    }
    case FieldKind::NumberPair: {
      const QStringList items = listItems(line_->text());
      nlohmann::json pair = nlohmann::json::array();
      bool ok = items.size() == 2;
      for (const QString& item : items) {
        bool itemOk = false;
        pair.push_back(c.toDouble(item, &itemOk));
        ok = ok && itemOk;
      }
      if (!ok) return tr("%1 must be two numbers, e.g. 0.9, 0.999").arg(field_.path);
      value = pair;
      return {};
    }
    case FieldKind::Names: {
      value = nlohmann::json::array();
      for (const QString& item : listItems(line_->text())) value.push_back(item.toStdString());
      return {};
    }
    default:
      value = line_->text().trimmed().toStdString();
      return {};
  }
}

void ConfigFieldEditor::setError(const QString& message) {
  error_->setText(message);
  error_->setVisible(!message.isEmpty());
  if (line_)
    line_->setStyleSheet(message.isEmpty() ? QString()
                                           : QStringLiteral("border: 1px solid #c0392b;"));
}

QString ConfigFieldEditor::error() const {
  return error_->text();
}

void ConfigFieldEditor::browse() {
  const bool file = field_.path.endsWith(QLatin1String("tokenizer"));
  const QString chosen =
      file ? QFileDialog::getOpenFileName(this, field_.label, line_->text(),
                                          tr("Tokenizer (tokenizer.json);;JSON (*.json)"))
           : QFileDialog::getExistingDirectory(this, field_.label, line_->text());
  if (chosen.isEmpty()) return;
  line_->setText(chosen);
  Q_EMIT edited();
}

}  // namespace ui
}  // namespace msl
