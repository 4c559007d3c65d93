#pragma once
// The Recommendations page's history of the chosen user, oldest first, which the user may edit
// (remove a title, add one by id or by a title from the catalog, reset to the sample), and
// below it the sample's known next item. Every edit announces itself so the page recomputes.
#include <QWidget>
#include <memory>

#include "data/dataset.h"

class QLabel;
class QLineEdit;
class QTableView;

namespace msl {
namespace ui {

class HistoryModel;

class HistoryPanel : public QWidget {
  Q_OBJECT

 public:
  explicit HistoryPanel(QWidget* parent = nullptr);

  // A new workspace: the titles the add field completes, and no sample yet.
  void setCatalog(std::shared_ptr<const Dataset> dataset);
  void showSample(const Sample& sample);
  bool removeItem(int row);  // false for the last title: a prompt needs one
  bool appendItem(ItemId item);

  HistoryModel* model() const { return history_; }
  QString groundTruthText() const;

 Q_SIGNALS:
  void historyEdited();
  void resetRequested();
  void statusMessage(const QString& message);

 private:
  void addTypedItem();

  std::shared_ptr<const Dataset> dataset_;
  HistoryModel* history_;
  QTableView* table_;
  QLineEdit* addItem_;
  QLabel* groundTruth_;
};

}  // namespace ui
}  // namespace msl
