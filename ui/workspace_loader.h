#pragma once
// Builds a workspace in a worker thread: synthesizes the demo dataset when asked, loads the
// dataset, finds or trains its tokenizer, builds the text layer and checks tokenization drift.
// Progress and the result come back through queued signals; a newer request makes the older one
// stale, and its result is dropped.
#include <QObject>
#include <QString>

#include "ui/job_tracker.h"
#include "ui/workspace_request.h"
#include "ui/workspace_snapshot.h"

namespace msl {
namespace ui {

class WorkspaceLoader : public QObject {
  Q_OBJECT

 public:
  explicit WorkspaceLoader(QObject* parent = nullptr);

  void load(const WorkspaceRequest& request);
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

  JobTracker jobs_;
  bool busy_ = false;
};

}  // namespace ui
}  // namespace msl
