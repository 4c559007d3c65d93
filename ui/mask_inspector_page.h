#pragma once
// The Inspect masks page: pick a sample, see its prompt, the target title as token chips, and at
// each target position how many tokens the catalog allows against the vocabulary and which.
// With a model loaded (checkpoint or stored run), the valid tokens also show their probabilities
// under the masked and the full softmax, with the invalid mass and the invalid tokens the full
// softmax favours; computed in the background per sample. A second tab shows the catalog trie.
#include <QWidget>
#include <optional>
#include <vector>

#include "runs/model_source.h"
#include "evaluation/position_probabilities.h"
#include "ui/job_tracker.h"
#include "ui/workspace_snapshot.h"

class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTableView;

namespace msl {
namespace plots {
class BarChart;
}  // namespace plots
}  // namespace msl

namespace msl {
namespace ui {

class CatalogTrieView;
class InvalidTokenModel;
class ModelSourcePicker;
class RecommenderLoader;
class SampleListModel;
class SampleListPanel;
class ValidTokenModel;

class MaskInspectorPage : public QWidget {
  Q_OBJECT

 public:
  explicit MaskInspectorPage(QWidget* parent = nullptr);

  void showSnapshot(const WorkspaceSnapshot& snapshot);
  void selectSample(std::size_t sample);
  void selectPosition(std::size_t position);
  std::optional<std::size_t> currentSample() const { return sample_; }

  SampleListModel* sampleModel() const;
  ValidTokenModel* validTokenModel() const { return validTokens_; }
  plots::BarChart* validCountChart() const { return validCounts_; }
  CatalogTrieView* trieView() const { return trieView_; }
  QString promptText() const;
  QString chipsText() const;

  // Loads a model for the probability columns (in the background).
  void loadModel(const ModelSource& source);
  ModelSourcePicker* modelPicker() const { return modelPicker_; }
  RecommenderLoader* modelLoader() const { return modelLoader_; }
  InvalidTokenModel* invalidTokenModel() const { return invalidTokens_; }
  QString modelSummaryText() const;

 Q_SIGNALS:
  // The model's probabilities for `sample` arrived and are shown.
  void probabilitiesShown(std::size_t sample);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void showChips();
  QWidget* buildSampleInspector();
  QWidget* buildModelPanel();
  void requestProbabilities();
  void showProbabilities(std::size_t sample, const std::vector<PositionProbabilities>& positions);
  void showPositionProbabilities(std::size_t position);
  void clearProbabilities();

  WorkspaceSnapshot snapshot_;
  std::optional<std::size_t> sample_;
  SampleListPanel* sampleList_;
  QPlainTextEdit* prompt_;
  QLabel* chips_;
  plots::BarChart* validCounts_;
  QSpinBox* position_;
  ValidTokenModel* validTokens_;
  QTableView* validTable_;
  CatalogTrieView* trieView_;
  ModelSourcePicker* modelPicker_;
  RecommenderLoader* modelLoader_;
  InvalidTokenModel* invalidTokens_;
  QTableView* invalidTable_;
  QLabel* modelSummary_;
  JobTracker probabilityJobs_;
  std::optional<std::size_t> probabilitySample_;
  std::vector<PositionProbabilities> probabilities_;
};

}  // namespace ui
}  // namespace msl
