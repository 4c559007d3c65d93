#pragma once
// The Workspace page's model box: open a checkpoint folder (or a recent one) or create a tiny
// random model for the open workspace's tokenizer, pick the device, and read the architecture,
// parameter count and memory estimate. Folders are read and models written in worker threads
// (ModelPanelJobs). The choice is announced as a ModelSelection (ui/model_selection.h); the device
// and the recent checkpoints are kept in QSettings.
#include <QGroupBox>
#include <optional>
#include <vector>

#include "model/checkpoint_summary.h"
#include "model/compute_devices.h"
#include "ui/model_selection.h"
#include "ui/recent_paths.h"
#include "ui/workspace_snapshot.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace msl {
namespace ui {

class ModelPanelJobs;

class ModelPanel : public QGroupBox {
  Q_OBJECT

 public:
  explicit ModelPanel(QWidget* parent = nullptr);

  ModelSelection selection() const;
  ModelPanelJobs* jobs() const { return jobs_; }
  QMenu* recentMenu() const { return recentMenu_; }
  QComboBox* deviceBox() const { return device_; }
  // The text shown for a figure (objectName of its value label), for tests.
  QString figureText(const QString& key) const;
  // Where "Create tiny model" writes when the user accepts the proposal.
  QString proposedTinyModelDir() const;

 public Q_SLOTS:
  void chooseCheckpoint();
  void openCheckpoint(const QString& folder);
  void chooseTinyModelDir();
  void createTinyModel(const QString& folder);
  // The tokenizer a tiny model is made for; without a tokenizer file there is none to copy.
  void setWorkspace(const msl::ui::WorkspaceSnapshot& snapshot);

 Q_SIGNALS:
  void selectionChanged(const msl::ui::ModelSelection& selection);

 private:
  void showDevices(const std::vector<msl::ComputeDevice>& devices);
  void showCheckpoint(const msl::CheckpointSummary& summary);
  void showError(const QString& message);
  void deviceChanged();
  void refreshFigures();
  void rebuildRecentMenu();
  void setBusy(bool busy, const QString& stage = {});
  void updateCreateButton();

  ModelPanelJobs* jobs_;
  QPushButton* openButton_;
  QPushButton* createButton_;
  QToolButton* recentButton_;
  QMenu* recentMenu_;
  QComboBox* device_;
  QProgressBar* progress_;
  QLabel* error_;
  QFormLayout* figures_;
  RecentPaths recent_{QStringLiteral("recent/checkpoints")};
  std::vector<msl::ComputeDevice> devices_;
  std::optional<msl::CheckpointSummary> checkpoint_;
  WorkspaceSnapshot workspace_;
};

}  // namespace ui
}  // namespace msl
