#pragma once
// The Recommendations page: pick a user (search by id), see their history, the known next item,
// and the top-K of one or two models side by side (e.g. LML against MSL+ATS) with the hit
// highlighted and the target's rank, next to what each model writes without the catalog
// constraint. The history can be edited (remove, append) and everything recomputes in the
// background. A second tab lists per-user metrics of a stored evaluation (ui/user_metrics_tab.h).
#include <QWidget>
#include <memory>

#include "ui/recommendation_request.h"
#include "ui/stored_user_metrics.h"
#include "ui/workspace_snapshot.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;

namespace msl {
namespace ui {

class HistoryModel;
class HistoryPanel;
class RecommendationColumn;
class UserListModel;
class UserMetricsModel;
class UserMetricsTab;

class RecommendationsPage : public QWidget {
  Q_OBJECT

 public:
  explicit RecommendationsPage(QWidget* parent = nullptr);

  void showSnapshot(const WorkspaceSnapshot& snapshot);
  // Selects the user's last sample of the split; false when the user has none there.
  bool selectUser(const QString& userId);
  void setStorePath(const QString& path);
  // Reads the per-user metrics of a stored evaluation (step unset: the latest).
  void showStoredUserMetrics(const QString& store, RunId run, std::optional<std::int64_t> step);

  RecommendationRequest currentRequest() const;
  void setSearch(int beams, int generations);
  bool removeHistoryItem(int row);
  bool appendHistoryItem(ItemId item);
  void resetHistory();

  RecommendationColumn* column(int side) const { return side == 0 ? left_ : right_; }
  UserListModel* userModel() const { return users_; }
  QSortFilterProxyModel* userProxy() const { return userProxy_; }
  QLineEdit* userSearch() const { return userSearch_; }
  HistoryModel* historyModel() const;
  UserMetricsModel* userMetricsModel() const;
  QString groundTruthText() const;
  QString userMetricsStatus() const;

 Q_SIGNALS:
  void userMetricsShown(const msl::ui::StoredUserMetrics& metrics);
  void statusMessage(const QString& message);

 private:
  QWidget* buildRecommendationTab();
  void fillSplits();
  void showSplit();
  void showSample(std::size_t sample);
  void scheduleRecompute();
  void recompute();

  WorkspaceSnapshot snapshot_;
  std::shared_ptr<const Dataset> dataset_;
  std::string split_;
  std::optional<std::size_t> sample_;
  QComboBox* splitChoice_;
  QSpinBox* beams_;
  QComboBox* variant_;
  QSpinBox* generations_;
  UserListModel* users_;
  QSortFilterProxyModel* userProxy_;
  QLineEdit* userSearch_;
  QTableView* userTable_;
  HistoryPanel* history_;
  RecommendationColumn* left_;
  RecommendationColumn* right_;
  QTimer* recomputeTimer_;
  UserMetricsTab* userMetricsTab_;
  QTabWidget* tabs_;
};

}  // namespace ui
}  // namespace msl
