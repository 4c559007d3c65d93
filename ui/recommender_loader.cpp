#include "ui/recommender_loader.h"

#include "evaluation/recommender_session.h"
#include "runs/model_source_resolution.h"
#include "ui/background_job.h"

namespace msl {
namespace ui {

RecommenderLoader::RecommenderLoader(QObject* parent) : QObject(parent) {}
RecommenderLoader::~RecommenderLoader() = default;

void RecommenderLoader::load(const ModelSource& source, const QString& dataDir) {
  loading_ = true;
  source_ = source;
  const std::string data = dataDir.toStdString();
  const std::string device = device_;
  const JobTracker::JobId job = jobs_.start();
  runInBackground(
      this,
      [source, data, device] {
        return std::shared_ptr<RecommenderSession>(
            RecommenderSession::open(resolveModelSource(source), data, device));
      },
      [this, job, source](const std::shared_ptr<RecommenderSession>& session) {
        if (!jobs_.isCurrent(job)) return;
        loading_ = false;
        session_ = session;
        QString step;
        if (session->model().step) step = tr(", step %1").arg(*session->model().step);
        Q_EMIT loaded(tr("%1%2 on %3")
                          .arg(QString::fromStdString(source.describe()), step,
                               QString::fromStdString(session->device())));
      },
      [this, job](const QString& message) {
        if (!jobs_.isCurrent(job)) return;
        loading_ = false;
        Q_EMIT failed(message);
      });
}

void RecommenderLoader::clear() {
  jobs_.cancelAll();
  loading_ = false;
  session_.reset();
}

}  // namespace ui
}  // namespace msl
