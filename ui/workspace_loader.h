#pragma once
// Builds a workspace in a worker thread: synthesizes the demo dataset when asked, loads the
// dataset, finds or trains its tokenizer, builds the text layer and checks tokenization drift.
// Progress and the result come back through queued signals; a newer request cancels the older
// one, which stops at its next progress report.
#include <QObject>
#include <QString>
#include <memory>

#include "ui/job_tracker.h"
#include "ui/workspace_request.h"
#include "ui/workspace_snapshot.h"

namespace msl {
namespace ui {

class WorkspaceLoader : public QObject {
  Q_OBJECT

 public:
  explicit WorkspaceLoader(QObject* parent = nullptr);

  // A newer load cancels the one running: it stops at its next progress report.
  void load(const WorkspaceRequest& request);
  // Stops the running build at its next progress report; nothing more is delivered for it.
  void cancel();
  bool isBusy() const { return busy_; }

  // The tokenizer next to a dataset: DIR/tokenizer.json, else DIR/../tokenizer/tokenizer.json
  // (the demo workspace layout); empty when there is none.
  static QString findTokenizer(const QString& dataDir);

 Q_SIGNALS:
  void progressChanged(const QString& stage, int percent);
  void workspaceLoaded(const msl::ui::WorkspaceSnapshot& snapshot);
  void workspaceFailed(const QString& message);

 private:
  void deliverProgress(quint64 job, const QString& stage, int percent);
  void deliverResult(quint64 job, const msl::ui::WorkspaceSnapshot& snapshot);
  void deliverFailure(quint64 job, const QString& message);

  // Shared with the worker, which asks it whether its job is still wanted.
  std::shared_ptr<JobTracker> jobs_ = std::make_shared<JobTracker>();
  bool busy_ = false;
};

}  // namespace ui
}  // namespace msl
