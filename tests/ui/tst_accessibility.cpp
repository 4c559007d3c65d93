// Every interactive control of the main window, on every page (also hidden ones), can be named
// by a screen reader: an accessible name, a label whose buddy it is, or for buttons their own
// text. Controls inside other controls (a spin box's line edit, a table's corner button) and Qt's
// internal widgets are the containing control's business. Pages added later are walked too.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <functional>

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

// The Alt+letter of a text ("Ch&art:" -> 'a'), or a null QChar; "&&" is a literal ampersand.
QChar mnemonicOf(const QString& text) {
  for (int i = 0; i + 1 < text.size(); ++i) {
    if (text[i] != QLatin1Char('&')) continue;
    if (text[i + 1] == QLatin1Char('&')) {
      ++i;
      continue;
    }
    return text[i + 1].toLower();
  }
  return {};
}

// What each mnemonic of `root` opens, skipping the pages of its tab widgets (their own scopes)
// but keeping the tabs' titles, which are mnemonics of the page that holds them.
void collectMnemonics(const QWidget* root, QMultiMap<QChar, QString>& found,
                      QList<const QWidget*>& tabPages) {
  const auto add = [&](const QString& text) {
    if (const QChar letter = mnemonicOf(text); !letter.isNull()) found.insert(letter, text);
  };
  for (const QObject* child : root->children()) {
    const auto* widget = qobject_cast<const QWidget*>(child);
    if (!widget || widget->isWindow()) continue;
    if (auto* button = qobject_cast<const QAbstractButton*>(widget)) add(button->text());
    if (auto* label = qobject_cast<const QLabel*>(widget); label && label->buddy())
      add(label->text());
    if (auto* group = qobject_cast<const QGroupBox*>(widget)) add(group->title());
    if (auto* tabs = qobject_cast<const QTabWidget*>(widget)) {
      for (int i = 0; i < tabs->count(); ++i) {
        add(tabs->tabText(i));
        tabPages << tabs->widget(i);
      }
      continue;  // its pages, through the tab widget's stack, are scopes of their own
    }
    collectMnemonics(widget, found, tabPages);
  }
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

  // Two controls of one page with the same Alt+letter (or one with a menu's letter) make Qt's
  // shortcut ambiguous: the key then does nothing. Each tab of a page is checked with the page
  // around it and the menu bar.
  void noTwoMnemonicsOfAPageClash() {
    MainWindow window;
    window.show();
    QMultiMap<QChar, QString> menus;
    for (const QAction* menu : window.menuBar()->actions())
      if (const QChar letter = mnemonicOf(menu->text()); !letter.isNull())
        menus.insert(letter, menu->text());
    QVERIFY(menus.size() >= 3);  // File, View, Help
    auto* stack = window.findChild<QStackedWidget*>();
    QVERIFY(stack && stack->count() >= 5);
    QStringList clashes;
    int scopes = 0;
    std::function<void(const QString&, const QWidget*, QMultiMap<QChar, QString>)> check =
        [&](const QString& name, const QWidget* scope, QMultiMap<QChar, QString> around) {
          QList<const QWidget*> tabPages;
          collectMnemonics(scope, around, tabPages);
          ++scopes;
          for (const QChar letter : around.uniqueKeys())
            if (around.count(letter) > 1)
              clashes << QStringLiteral("%1: Alt+%2 is %3")
                             .arg(name, letter,
                                  QStringList(around.values(letter)).join(QLatin1String(" and ")));
          for (int tab = 0; tab < tabPages.size(); ++tab)
            check(QStringLiteral("%1, tab %2").arg(name).arg(tab + 1), tabPages[tab], around);
        };
    for (int page = 0; page < stack->count(); ++page)
      check(QStringLiteral("page %1").arg(page + 1), stack->widget(page), menus);
    qInfo("%d scopes checked", scopes);
    QVERIFY(scopes >= stack->count());
    for (const QString& clash : clashes) qWarning("%s", qPrintable(clash));
    QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("%1 clashes").arg(clashes.size())));
  }

 private:
  SettingsSandbox settings_;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
