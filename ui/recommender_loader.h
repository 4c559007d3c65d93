#pragma once
// Opens a recommender (model + tokenizer + dataset + trie) on the thread pool and keeps the
// latest one a page asked for; a load superseded by a newer one is dropped. Pages hand the
// shared session to their own background jobs, which keep it alive while they run.
#include <QObject>
#include <QString>
#include <memory>

#include "runs/model_source.h"
#include "ui/job_tracker.h"

namespace msl {

class RecommenderSession;

namespace ui {

class RecommenderLoader : public QObject {
  Q_OBJECT

 public:
  explicit RecommenderLoader(QObject* parent = nullptr);
  ~RecommenderLoader() override;

  // dataDir: the workspace's dataset (empty: the stored run's own).
  void load(const ModelSource& source, const QString& dataDir);
  void clear();
  // The Workspace page's device (common/device_name.h); the next load opens the model there.
  void setDevice(const QString& deviceName) { device_ = deviceName.toStdString(); }
  QString device() const { return QString::fromStdString(device_); }
  bool isLoading() const { return loading_; }
  std::shared_ptr<RecommenderSession> session() const { return session_; }
  // The source of the latest load asked for (loaded or still loading).
  const ModelSource& source() const { return source_; }

 Q_SIGNALS:
  void loaded(const QString& description);
  void failed(const QString& message);

 private:
  std::shared_ptr<RecommenderSession> session_;
  ModelSource source_;
  std::string device_ = "auto";
  bool loading_ = false;
  JobTracker jobs_;
};

}  // namespace ui
}  // namespace msl
