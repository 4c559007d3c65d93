// Every interactive control of the main window, on every page (also hidden ones), can be named
// by a screen reader: an accessible name, a label whose buddy it is, or for buttons their own
// text. Controls inside other controls (a spin box's line edit, a table's corner button) and Qt's
// internal widgets are the containing control's business. Pages added later are walked too.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>

#include "settings_sandbox.h"
#include "ui/main_window.h"

using namespace msl::ui;

namespace {

bool isInteractive(const QWidget* widget) {
  if (qobject_cast<const QScrollBar*>(widget)) return false;
  return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
         qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget) ||
         qobject_cast<const QAbstractItemView*>(widget) ||
         qobject_cast<const QAbstractSlider*>(widget) ||
         qobject_cast<const QPlainTextEdit*>(widget);
}

bool isPartOfAnotherControl(const QWidget* widget, const QWidget* window) {
  for (const QWidget* parent = widget->parentWidget(); parent && parent != window;
       parent = parent->parentWidget()) {
    if (isInteractive(parent)) return true;
  }
  return false;
}

QString nameOf(const QWidget* widget, const QList<QLabel*>& labels) {
  if (!widget->accessibleName().trimmed().isEmpty()) return widget->accessibleName();
  for (const QLabel* label : labels) {
    if (label->buddy() == widget && !label->text().trimmed().isEmpty()) return label->text();
  }
  if (auto* button = qobject_cast<const QAbstractButton*>(widget)) {
    QString text = button->text();
    text.remove(QLatin1Char('&'));
    return text.trimmed();
  }
  return {};
}

// "WorkspacePage > ModelPanel > QComboBox (placeholder …)": the pages and panels that hold it.
QString describe(const QWidget* widget) {
  QStringList path;
  for (const QObject* object = widget->parent(); object; object = object->parent()) {
    const QString name = QString::fromLatin1(object->metaObject()->className());
    if (name.startsWith(QLatin1String("msl::ui::")) && name != QLatin1String("msl::ui::MainWindow"))
      path.prepend(name.mid(9));
  }
  QString self = QString::fromLatin1(widget->metaObject()->className());
  if (!widget->objectName().isEmpty()) self += QLatin1Char('#') + widget->objectName();
  if (auto* edit = qobject_cast<const QLineEdit*>(widget);
      edit && !edit->placeholderText().isEmpty())
    self += QLatin1String(" (placeholder \"") + edit->placeholderText() + QLatin1String("\")");
  else if (!widget->toolTip().isEmpty())
    self += QLatin1String(" (tooltip \"") + widget->toolTip() + QLatin1String("\")");
  path << self;
  return path.join(QLatin1String(" > "));
}

}  // namespace

class TestAccessibility : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void everyControlHasAName() {
    MainWindow window;
    window.show();
    const QList<QLabel*> labels = window.findChildren<QLabel*>();
    QStringList unnamed;
    int checked = 0;
    for (const QWidget* widget : window.findChildren<QWidget*>()) {
      if (!isInteractive(widget) || widget->objectName().startsWith(QLatin1String("qt_")) ||
          isPartOfAnotherControl(widget, &window))
        continue;
      ++checked;
      if (nameOf(widget, labels).isEmpty()) unnamed << describe(widget);
    }
    qInfo("%d controls checked", checked);
    // Workspace, masks and runs pages alone hold more than 20 controls: a walk that finds fewer
    // has stopped looking.
    QVERIFY(checked > 20);
    for (const QString& control : unnamed) qWarning("without a name: %s", qPrintable(control));
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(
                 QStringLiteral("%1 controls without a name (listed above)").arg(unnamed.size())));
  }

 private:
  SettingsSandbox settings_;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
