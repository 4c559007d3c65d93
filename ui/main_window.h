#pragma once
// The workbench window: a sidebar of pages (Workspace, Train, Inspect masks, Recommendations,
// Runs), the File/View/Help menus, and the workspace loader whose results every page receives.
// Geometry, the current page and recent datasets are kept in QSettings.
//
// The model every page works on is chosen on the Workspace page (checkpoint folder and device):
// modelSelection() returns it and modelSelectionChanged announces each change; pages load the
// weights themselves (ui/model_selection.h).
#include <QMainWindow>
#include <functional>
#include <memory>
#include <vector>

#include "store/store_types.h"
#include "ui/model_selection.h"
#include "ui/recent_paths.h"
#include "ui/workspace_request.h"
#include "ui/workspace_snapshot.h"

class QListWidget;
class QMenu;
class QStackedWidget;

namespace msl {
namespace ui {

class MaskInspectorPage;
class RecommendationsPage;
class RunsPage;
class TrainPage;
class WorkspaceLoader;
class WorkspacePage;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  enum Page {
    WorkspacePageIndex,
    TrainPageIndex,
    MaskPageIndex,
    RecommendationsPageIndex,
    RunsPageIndex,
    PageCount
  };

  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  void openDataset(const QString& dir);
  // Opens the demo workspace, and its store (DIR/experiments.sqlite, where `mslw demo` records)
  // unless a store was chosen explicitly.
  void createDemoWorkspace(const QString& dir);
  // An explicit store; "" = the default one (store/store_location.h). The title shows it.
  void setStorePath(const QString& path);
  QString storePath() const { return storePath_; }
  void showPage(Page page);

  WorkspaceLoader* loader() const { return loader_; }
  WorkspacePage* workspacePage() const { return workspacePage_; }
  TrainPage* trainPage() const { return trainPage_; }
  // The size a first window opens at on a screen whose free area is `available` (afterwards the
  // window comes back at the size it was closed at).
  static QSize firstWindowSize(const QSize& available);
  MaskInspectorPage* maskPage() const { return maskPage_; }
  RecommendationsPage* recommendationsPage() const { return recommendationsPage_; }
  RunsPage* runsPage() const { return runsPage_; }

  ModelSelection modelSelection() const;
  // The inspector and Model A open the run (its latest checkpoint), Model B its counterpart.
  void followRun(RunId run);

  // The demo workspace folder: $XDG_DATA_HOME/msl-workbench/demo, as `mslw demo` uses.
  static QString defaultDemoDir();

 Q_SIGNALS:
  void workspaceShown();
  void modelSelectionChanged(const msl::ui::ModelSelection& selection);

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void buildMenus();
  void rebuildRecentMenu();
  void chooseDataset();
  void chooseStore();
  void showSettings();
  void showAbout();
  void applySnapshot(const WorkspaceSnapshot& snapshot);
  void applyDevice(const ModelSelection& selection);
  // No store chosen (--store, the settings, File → Open experiment store, $MSLW_STORE): a
  // workspace brings its own, the one `mslw train` on its data records in.
  bool storeFollowsWorkspace() const;
  void useStore(const QString& path);
  void runSnapshotStep(quint64 generation,
                       std::shared_ptr<std::vector<std::function<void()>>> steps, std::size_t next);

  WorkspaceLoader* loader_;
  QListWidget* sidebar_;
  QStackedWidget* pages_;
  WorkspacePage* workspacePage_;
  TrainPage* trainPage_;
  MaskInspectorPage* maskPage_;
  RecommendationsPage* recommendationsPage_;
  RunsPage* runsPage_;
  quint64 snapshotGeneration_ = 0;  // the snapshot whose pages are being filled
  QString storePath_;
  bool explicitStore_ = false;  // chosen by the user, not implied by the workspace
  QMenu* recentMenu_ = nullptr;
  RecentPaths recentDatasets_{QStringLiteral("recent/datasets")};
};

}  // namespace ui
}  // namespace msl
