#include "ui/model_panel_jobs.h"

#include "ui/background_job.h"

namespace msl {
namespace ui {

ModelPanelJobs::ModelPanelJobs(QObject* parent) : QObject(parent) {
  qRegisterMetaType<msl::CheckpointSummary>();
  qRegisterMetaType<std::vector<msl::ComputeDevice>>();
}

void ModelPanelJobs::listDevices() {
  runInBackground(
      this, [] { return listComputeDevices(); },
      [this](const std::vector<ComputeDevice>& devices) { Q_EMIT devicesListed(devices); },
      // Listing reads /proc and runs nvidia-smi; should it ever throw, the CPU is still there.
      [this](const QString&) {
        Q_EMIT devicesListed({ComputeDevice{"cpu", "CPU"}});
      });
}

template <typename Work>
void ModelPanelJobs::runCheckpointJob(Work work) {
  const JobTracker::JobId job = jobs_.start();
  busy_ = true;
  runInBackground(
      this, work,
      [this, job](const CheckpointSummary& summary) {
        if (!jobs_.isCurrent(job)) return;
        busy_ = false;
        Q_EMIT checkpointLoaded(summary);
      },
      [this, job](const QString& message) {
        if (!jobs_.isCurrent(job)) return;
        busy_ = false;
        Q_EMIT checkpointFailed(message);
      });
}

void ModelPanelJobs::open(const QString& folder) {
  const std::filesystem::path path = folder.toStdString();
  runCheckpointJob([path] { return summarizeCheckpoint(path); });
}

void ModelPanelJobs::create(const RandomCheckpointRequest& request) {
  runCheckpointJob([request] {
    writeRandomCheckpoint(request);
    return summarizeCheckpoint(request.out);
  });
}

}  // namespace ui
}  // namespace msl
