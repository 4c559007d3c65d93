#include "ui/workspace_loader.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent>
#include <exception>

#include "common/error.h"
#include "ui/workspace_builder.h"

namespace msl {
namespace ui {

WorkspaceLoader::WorkspaceLoader(QObject* parent) : QObject(parent) {
  qRegisterMetaType<WorkspaceSnapshot>();
}

QString WorkspaceLoader::findTokenizer(const QString& dataDir) {
  const QDir dir(dataDir);
  for (const QString& candidate : {dir.filePath(QStringLiteral("tokenizer.json")),
                                   dir.filePath(QStringLiteral("../tokenizer/tokenizer.json"))}) {
    if (QFileInfo::exists(candidate)) return QDir::cleanPath(candidate);
  }
  return {};
}

void WorkspaceLoader::load(const WorkspaceRequest& request) {
  const JobTracker::JobId job = jobs_->start();
  busy_ = true;
  // The lambda only posts back to this object: results of a job replaced meanwhile are dropped
  // in the deliver* slots, on the UI thread.
  QPointer<WorkspaceLoader> self(this);
  (void)QtConcurrent::run([self, jobs = jobs_, job, request] {
    auto post = [&](auto deliver) {
      if (self) QMetaObject::invokeMethod(self.data(), deliver, Qt::QueuedConnection);
    };
    try {
      WorkspaceSnapshot snapshot = buildWorkspace(request, [&](const QString& stage, int percent) {
        if (!jobs->isCurrent(job)) return false;
        post([self, job, stage, percent] {
          if (self) self->deliverProgress(job, stage, percent);
        });
        return true;
      });
      post([self, job, snapshot] {
        if (self) self->deliverResult(job, snapshot);
      });
    } catch (const Cancelled&) {
      // Superseded or cancelled: whoever cancelled it no longer waits for it.
    } catch (const std::exception& error) {
      const QString message = QString::fromStdString(error.what());
      post([self, job, message] {
        if (self) self->deliverFailure(job, message);
      });
    }
  });
}

void WorkspaceLoader::cancel() {
  jobs_->cancelAll();
  busy_ = false;
}

void WorkspaceLoader::deliverProgress(quint64 job, const QString& stage, int percent) {
  if (jobs_->isCurrent(job)) Q_EMIT progressChanged(stage, percent);
}

void WorkspaceLoader::deliverResult(quint64 job, const WorkspaceSnapshot& snapshot) {
  if (!jobs_->isCurrent(job)) return;
  busy_ = false;
  Q_EMIT workspaceLoaded(snapshot);
}

void WorkspaceLoader::deliverFailure(quint64 job, const QString& message) {
  if (!jobs_->isCurrent(job)) return;
  busy_ = false;
  Q_EMIT workspaceFailed(message);
}

}  // namespace ui
}  // namespace msl
