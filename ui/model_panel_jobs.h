#pragma once
// The model panel's background jobs (it loads no model), each in a worker thread: reading a
// checkpoint folder's config and weight headers, writing a tiny random model for the open
// workspace's tokenizer, and listing the devices (nvidia-smi may take a while). Results come back
// through signals on the UI thread; a checkpoint job replaced by a newer one is dropped.
#include <QObject>
#include <QString>
#include <vector>

#include "model/checkpoint_summary.h"
#include "model/compute_devices.h"
#include "model/random_checkpoint.h"
#include "ui/job_tracker.h"

namespace msl {
namespace ui {

class ModelPanelJobs : public QObject {
  Q_OBJECT

 public:
  explicit ModelPanelJobs(QObject* parent = nullptr);

  void listDevices();
  void open(const QString& folder);
  // Writes the checkpoint into request.out, then reads it back as open() does.
  void create(const msl::RandomCheckpointRequest& request);
  bool isBusy() const { return busy_; }

 Q_SIGNALS:
  void devicesListed(const std::vector<msl::ComputeDevice>& devices);
  void checkpointLoaded(const msl::CheckpointSummary& summary);
  void checkpointFailed(const QString& message);

 private:
  template <typename Work>
  void runCheckpointJob(Work work);

  JobTracker jobs_;
  bool busy_ = false;
};

}  // namespace ui
}  // namespace msl

Q_DECLARE_METATYPE(msl::CheckpointSummary)
Q_DECLARE_METATYPE(std::vector<msl::ComputeDevice>)
