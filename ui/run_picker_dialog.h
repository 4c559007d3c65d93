#pragma once
// Picks one run of the experiment store (to clone its config, compare with it, or continue it).
// The runs are listed in the background; `accept` filters which ones may be chosen.
#include <QDialog>
#include <functional>
#include <optional>
#include <vector>

#include "store/run_summary.h"

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace msl {
namespace ui {

class RunPickerDialog : public QDialog {
  Q_OBJECT

 public:
  using Filter = std::function<bool(const RunSummary&)>;

  RunPickerDialog(const QString& storePath, const QString& title, Filter filter,
                  QWidget* parent = nullptr);

  std::optional<RunSummary> selectedRun() const;

 private:
  void showRuns(const std::vector<RunSummary>& runs);

  Filter filter_;
  std::vector<RunSummary> runs_;
  QTableWidget* table_;
  QLabel* status_;
  QDialogButtonBox* buttons_;
};

}  // namespace ui
}  // namespace msl
