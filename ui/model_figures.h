#pragma once
// The figures the Workspace page shows for a checkpoint on a device: architecture, parameter
// count, memory estimates at the device's dtype for one 512-token sequence, and whether LoRA
// training fits the device's free memory. Formatting apart from the widgets, for tests.
#include <QCoreApplication>
#include <QString>
#include <optional>

#include "model/checkpoint_summary.h"
#include "model/compute_devices.h"

namespace msl {
namespace ui {

struct ModelFigures {
  Q_DECLARE_TR_FUNCTIONS(msl::ui::ModelFigures)

 public:
  static ModelFigures of(const CheckpointSummary& checkpoint, const ComputeDevice& device);
  // "cpu — Intel Xeon (125.8 GB, 98.3 GB free)"; for the device chooser.
  static QString deviceLabel(const ComputeDevice& device);

  QString architecture;  // "llama · 2 layers · hidden 64 · heads 4/2 kv · vocabulary 600"
  QString parameters;    // "113,088 (452 KB stored in 21 tensors)"
  QString memory;        // "inference 2.1 MB · LoRA training 9.8 MB (float32, 512 tokens)"
  QString fit;           // "yes: …", "no: …" or "unknown: …" for LoRA training on the device
  std::optional<bool> fits;  // nullopt when the device's free memory cannot be read
  double inferenceBytes = 0;
  double loraTrainingBytes = 0;
};

}  // namespace ui
}  // namespace msl
