#pragma once
// The model every page works on: the checkpoint folder and the device chosen on the Workspace
// page. Pages that load a model (Train, Recommendations) read MainWindow::modelSelection() when
// they start a job and may follow MainWindow::modelSelectionChanged; they load the weights
// themselves, on `deviceId` in `dtype`, so the window never holds a LibTorch model.
#include <QMetaType>
#include <QString>

#include "model/model_config.h"

namespace msl {
namespace ui {

struct ModelSelection {
  QString checkpointDir;                      // empty: no checkpoint chosen yet
  ModelConfig config;                         // its config.json (torch-free)
  QString deviceId = QStringLiteral("cpu");   // "cpu", "cuda:0": c10::Device's syntax
  QString dtype = QStringLiteral("float32");  // what the device runs: bfloat16 on CUDA
  bool hasCheckpoint() const { return !checkpointDir.isEmpty(); }
};

}  // namespace ui
}  // namespace msl

Q_DECLARE_METATYPE(msl::ui::ModelSelection)
