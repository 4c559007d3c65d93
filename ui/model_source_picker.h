#pragma once
// Chooses the model a page loads: a checkpoint folder (with an optional LoRA adapter) or a run of
// the experiment store at a checkpoint step ("latest" = its newest checkpoint on disk). Emits
// loadRequested when the user presses Load; the page does the loading in the background.
#include <QWidget>
#include <optional>
#include <vector>

#include "runs/model_source.h"
#include "store/run_summary.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace msl {
namespace ui {

class StoreReader;

class ModelSourcePicker : public QWidget {
  Q_OBJECT

 public:
  explicit ModelSourcePicker(const QString& label, QWidget* parent = nullptr);

  ModelSource source() const;
  void setSource(const ModelSource& source);
  void setStorePath(const QString& path);
  // Selects the run most naturally compared with `run` (runs/run_counterpart.h) once the store's
  // runs are listed; the picker stays as it was when the store holds none. Either way
  // counterpartChosen says so.
  void chooseCounterpartOf(const QString& storePath, RunId run);
  void setStatus(const QString& text);
  QPushButton* loadButton() const { return load_; }

 Q_SIGNALS:
  void loadRequested(const msl::ModelSource& source);
  // A chooseCounterpartOf request is settled: `found` the counterpart is now the source.
  void counterpartChosen(bool found);

 private:
  void showRuns(const std::vector<RunSummary>& runs);

  QComboBox* kind_;
  QStackedWidget* pages_;
  QLineEdit* checkpoint_;
  QLineEdit* adapter_;
  QLineEdit* store_;
  QComboBox* run_;
  QSpinBox* step_;
  QPushButton* load_;
  QLabel* status_;
  StoreReader* reader_;
  std::optional<RunId> counterpartOf_;
};

}  // namespace ui
}  // namespace msl

Q_DECLARE_METATYPE(msl::ModelSource)
