#pragma once
// "Train the demo runs": `mslw demo` on the demo workspace, in its own process, trains LML, MSL
// and MSL+ATS from the same initial weights and fits the classic baselines, all recorded in the
// workspace's store. The panel shows its stages as a progress bar with the current stage, can
// cancel it, and says when the runs are there to compare.
#include <QWidget>

class QLabel;
class QProcess;
class QProgressBar;
class QPushButton;

namespace msl {
namespace ui {

class DemoPanel : public QWidget {
  Q_OBJECT

 public:
  explicit DemoPanel(QWidget* parent = nullptr);
  ~DemoPanel() override;

  // The demo workspace the runs are trained in; empty hides the panel.
  void setWorkspace(const QString& dir);
  // Tests: another mslw, and arguments after `demo --workspace DIR` (fewer steps).
  void setProgram(const QString& path) { program_ = path; }
  void setExtraArguments(const QStringList& arguments) { extraArguments_ = arguments; }

  bool running() const;
  int percent() const;
  QString statusText() const;
  QPushButton* startButton() const { return start_; }
  QPushButton* cancelButton() const { return cancel_; }

 public Q_SLOTS:
  void start();
  void cancel();

 Q_SIGNALS:
  // A stage ended: runs may have been added to the store.
  void runsMayHaveChanged();
  // The process ended (its last runs are in the store); false when it failed or was cancelled.
  void finished(bool succeeded);

 private:
  void readProgress();
  void processFinished(int exitCode);

  QString workspace_;
  QString program_;
  QStringList extraArguments_;
  QPushButton* start_;
  QPushButton* cancel_;
  QProgressBar* progress_;
  QLabel* status_;
  QProcess* process_ = nullptr;
  QByteArray pending_;
  QString lastLine_;
  int stageIndex_ = 0;  // of the stage mslw reports, from 0
  int stageCount_ = 1;
  bool cancelled_ = false;
};

}  // namespace ui
}  // namespace msl
