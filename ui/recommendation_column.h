#pragma once
// One model's side of the Recommendations page: which model (checkpoint or stored run + step),
// its top-K list for the page's request with the hit highlighted and the target's rank, and its
// unconstrained generations beside it. The model is loaded and run on the thread pool; a request
// superseded by a newer one is skipped if it has not started and dropped if it has.
#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>

#include "runs/model_source.h"
#include "ui/job_tracker.h"
#include "ui/recommendation_request.h"

class QLabel;
class QTableView;

namespace msl {
namespace ui {

class GeneratedTitleModel;
class ModelSourcePicker;
class RecommendationListModel;
class RecommenderLoader;

class RecommendationColumn : public QWidget {
  Q_OBJECT

 public:
  explicit RecommendationColumn(const QString& label, QWidget* parent = nullptr);

  void setDataDir(const QString& dir);
  void loadModel(const ModelSource& source);
  void recompute(const RecommendationRequest& request);
  void clearResults();
  bool hasModel() const;

  ModelSourcePicker* picker() const { return picker_; }
  RecommenderLoader* loader() const { return loader_; }
  RecommendationListModel* listModel() const { return list_; }
  GeneratedTitleModel* generatedModel() const { return generated_; }
  std::optional<RecommendationRequest> lastRequest() const { return lastRequest_; }
  QString rankText() const;
  // How long the model took for the last outcome shown, in seconds.
  double lastSeconds() const { return lastSeconds_; }

 Q_SIGNALS:
  void modelLoaded();
  void outcomeShown();
  void failed(const QString& message);

 private:
  void showOutcome(const RecommendationOutcome& outcome);

  ModelSourcePicker* picker_;
  RecommenderLoader* loader_;
  RecommendationListModel* list_;
  GeneratedTitleModel* generated_;
  QTableView* listView_;
  QTableView* generatedView_;
  QLabel* rank_;
  QString dataDir_;
  std::optional<RecommendationRequest> lastRequest_;
  double lastSeconds_ = 0;
  JobTracker jobs_;
  // The newest request's number, read by workers so that queued stale requests skip the model.
  std::shared_ptr<std::atomic<std::uint64_t>> newest_ =
      std::make_shared<std::atomic<std::uint64_t>>(0);
};

}  // namespace ui
}  // namespace msl
