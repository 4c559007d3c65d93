#pragma once
// The Recommendations page's second tab: per-user metrics of a stored evaluation (read in the
// background; a read replaced by a newer one is dropped), sortable, with best and worst users
// one click away. Double-clicking a user asks the page to show their recommendations.
#include <QWidget>
#include <optional>

#include "store/store_types.h"
#include "ui/job_tracker.h"
#include "ui/stored_user_metrics.h"

class QLabel;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace msl {
namespace ui {

class UserMetricsModel;

class UserMetricsTab : public QWidget {
  Q_OBJECT

 public:
  explicit UserMetricsTab(QWidget* parent = nullptr);

  // Reads the per-user metrics of a stored evaluation (step unset: the latest).
  void showStoredUserMetrics(const QString& store, RunId run, std::optional<std::int64_t> step);
  // Shown in place of the metrics, e.g. why nothing can be read.
  void showStatus(const QString& text);

  UserMetricsModel* model() const { return model_; }
  QString statusText() const;

 Q_SIGNALS:
  // "Read model A's stored evaluation" at this step (unset: the latest).
  void readRequested(std::optional<std::int64_t> step);
  void userChosen(const QString& userId);
  void userMetricsShown(const msl::ui::StoredUserMetrics& metrics);

 private:
  UserMetricsModel* model_;
  QSortFilterProxyModel* proxy_;
  QTableView* table_;
  QSpinBox* step_;
  QLabel* status_;
  JobTracker jobs_;
};

}  // namespace ui
}  // namespace msl
