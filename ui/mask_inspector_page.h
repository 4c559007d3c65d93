#pragma once
// The Inspect masks page: pick a sample, see its prompt, the target title as token chips, and at
// each target position how many tokens the catalog allows against the vocabulary and which.
// A second tab shows the catalog trie.
#include <QWidget>
#include <optional>

#include "ui/workspace_snapshot.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
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
class SampleListModel;
class ValidTokenModel;

class MaskInspectorPage : public QWidget {
  Q_OBJECT

 public:
  explicit MaskInspectorPage(QWidget* parent = nullptr);

  void showSnapshot(const WorkspaceSnapshot& snapshot);
  void selectSample(std::size_t sample);
  void selectPosition(std::size_t position);
  std::optional<std::size_t> currentSample() const { return sample_; }

  SampleListModel* sampleModel() const { return samples_; }
  ValidTokenModel* validTokenModel() const { return validTokens_; }
  plots::BarChart* validCountChart() const { return validCounts_; }
  CatalogTrieView* trieView() const { return trieView_; }
  QString promptText() const;
  QString chipsText() const;

 private:
  QWidget* buildSampleInspector();

  WorkspaceSnapshot snapshot_;
  std::optional<std::size_t> sample_;
  SampleListModel* samples_;
  QSortFilterProxyModel* sampleProxy_;
  QTableView* sampleTable_;
  QLineEdit* sampleFilter_;
  QPlainTextEdit* prompt_;
  QLabel* chips_;
  plots::BarChart* validCounts_;
  QSpinBox* position_;
  ValidTokenModel* validTokens_;
  QTableView* validTable_;
  CatalogTrieView* trieView_;
};

}  // namespace ui
}  // namespace msl
