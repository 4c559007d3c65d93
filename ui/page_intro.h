#pragma once
// A first-run note above a page: what the page shows, in two or three sentences, until the user
// dismisses it. Dismissals are kept in QSettings ("intro/<key>"); Help → Show page introductions
// brings every note back.
#include <QFrame>

class QLabel;
class QPushButton;

namespace msl {
namespace ui {

class PageIntro : public QFrame {
  Q_OBJECT

 public:
  PageIntro(const QString& key, const QString& text, QWidget* parent = nullptr);

  // `page` under its note, in one widget for the page stack.
  static QWidget* above(QWidget* page, const QString& key, const QString& text);
  // Forgets every dismissal and shows the notes under `root` again.
  static void showAllAgain(QWidget* root);

  QString text() const;
  QPushButton* dismissButton() const { return dismiss_; }

 private:
  QString key_;
  QLabel* text_;
  QPushButton* dismiss_;
};

}  // namespace ui
}  // namespace msl
