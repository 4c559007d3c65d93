#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include "store/store_location.h"
#include "ui/demo_panel.h"
#include "ui/mask_inspector_page.h"
#include "ui/method_dialog.h"
#include "ui/model_panel.h"
#include "ui/model_source_picker.h"
#include "ui/page_intro.h"
#include "ui/recommendation_column.h"
#include "ui/recommendations_page.h"
#include "ui/recommender_loader.h"
#include "ui/runs_page.h"
#include "ui/settings_dialog.h"
#include "ui/shortcuts_dialog.h"
#include "ui/train_page.h"
#include "ui/window_layout.h"
#include "ui/workspace_loader.h"
#include "ui/workspace_page.h"

namespace msl {
namespace ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      loader_(new WorkspaceLoader(this)),
      sidebar_(new QListWidget(this)),
      pages_(new QStackedWidget(this)),
      workspacePage_(new WorkspacePage(this)),
      trainPage_(new TrainPage(this)),
      maskPage_(new MaskInspectorPage(this)),
      recommendationsPage_(new RecommendationsPage(this)),
      runsPage_(new RunsPage(this)) {
  setWindowTitle(tr("MSL Workbench"));
  sidebar_->addItem(tr("Workspace"));
  sidebar_->addItem(tr("Train"));
  sidebar_->addItem(tr("Inspect masks"));
  sidebar_->addItem(tr("Recommendations"));
  sidebar_->addItem(tr("Runs"));
  sidebar_->setAccessibleName(tr("Pages"));
  sidebar_->setMaximumWidth(180);
  pages_->addWidget(PageIntro::above(
      workspacePage_, QStringLiteral("workspace"),
      tr("Your dataset and model. Open a dataset folder, or create the demo workspace, to see its "
         "catalog, users and splits; pick the checkpoint and the device every page trains and "
         "evaluates on.")));
  pages_->addWidget(PageIntro::above(
      trainPage_, QStringLiteral("train"),
      tr("Fine-tune the model with MSL, MSL+ATS or the plain language-modelling loss (LML). Pick "
         "a preset and press Start: loss, temperature, gradient norms, memory and evaluations "
         "update live. Under MSL+ATS the objective τ·ℓ climbs while ATS raises τ: the objective "
         "÷ τ is the curve that falls as the model learns, and validation NDCG@10 says whether "
         "its recommendations improve.")));
  pages_->addWidget(PageIntro::above(
      maskPage_, QStringLiteral("masks"),
      tr("Which next tokens are valid at each position of a target title: the catalog trie "
         "behind MSL's mask. Load a model to see how much probability it puts on the tokens the "
         "mask removes.")));
  pages_->addWidget(PageIntro::above(
      recommendationsPage_, QStringLiteral("recommendations"),
      tr("One user's history and the top titles of two models side by side: by default the run "
         "you trained and the run it is naturally compared with. Edit the history and both "
         "lists recompute.")));
  pages_->addWidget(PageIntro::above(
      runsPage_, QStringLiteral("runs"),
      tr("Every run and baseline of this workspace's store. Select runs to chart any stored "
         "metric; the table compares their latest evaluations with a reference run, with paired "
         "tests. Add baselines fits popularity, Markov and SASRec on the training split.")));
  connect(sidebar_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);

  auto* splitter = new QSplitter(this);
  splitter->addWidget(sidebar_);
  splitter->addWidget(pages_);
  splitter->setStretchFactor(1, 1);
  // Without explicit sizes the splitter gives the sidebar more than its maximum width and leaves
  // an empty band beside it.
  splitter->setSizes({sidebar_->maximumWidth(), 100000});
  setCentralWidget(splitter);

  connect(workspacePage_, &WorkspacePage::openDatasetRequested, this, &MainWindow::chooseDataset);
  connect(workspacePage_, &WorkspacePage::createDemoRequested, this,
          [this] { createDemoWorkspace(defaultDemoDir()); });
  connect(loader_, &WorkspaceLoader::progressChanged, workspacePage_, &WorkspacePage::showProgress);
  connect(loader_, &WorkspaceLoader::workspaceFailed, this, [this](const QString& message) {
    workspacePage_->showError(message);
    statusBar()->showMessage(tr("The workspace could not be opened."));
  });
  connect(loader_, &WorkspaceLoader::workspaceLoaded, this, &MainWindow::applySnapshot);
  connect(workspacePage_->modelPanel(), &ModelPanel::selectionChanged, this,
          &MainWindow::modelSelectionChanged);
  // The Workspace page's device is where every page loads its model from now on.
  connect(this, &MainWindow::modelSelectionChanged, this, &MainWindow::applyDevice);
  applyDevice(modelSelection());
  // The Workspace page's checkpoint is the model pages start from; loading stays the user's call.
  connect(this, &MainWindow::modelSelectionChanged, this, [this](const ModelSelection& selection) {
    if (!selection.hasCheckpoint()) return;
    ModelSource source;
    source.checkpoint = selection.checkpointDir.toStdString();
    maskPage_->modelPicker()->setSource(source);
    recommendationsPage_->column(0)->picker()->setSource(source);
  });
  connect(recommendationsPage_, &RecommendationsPage::statusMessage, this,
          [this](const QString& message) { statusBar()->showMessage(message, 8000); });
  connect(runsPage_, &RunsPage::statusMessage, this,
          [this](const QString& message) { statusBar()->showMessage(message, 8000); });
  connect(trainPage_, &TrainPage::statusMessage, this,
          [this](const QString& message) { statusBar()->showMessage(message, 8000); });
  connect(trainPage_, &TrainPage::runsChanged, runsPage_, &RunsPage::refresh);
  // Pages follow the work: the run just trained is what the inspector and Model A open next
  // (its latest checkpoint), without a folder to pick.
  connect(trainPage_, &TrainPage::runCheckpointed, this, &MainWindow::followRun);
  connect(runsPage_, &RunsPage::runSelected, this, &MainWindow::followRun);

  buildMenus();
  QSettings settings;
  restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
  restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
  splitter->setObjectName(QStringLiteral("mainSplitter"));
  restoreSplitterSizes(*this, settings);
  showPage(static_cast<Page>(
      std::clamp(settings.value(QStringLiteral("window/page")).toInt(), 0, PageCount - 1)));
  if (!isVisible() && settings.value(QStringLiteral("window/geometry")).isNull())
    resize(firstWindowSize(screen()->availableGeometry().size()));
  statusBar()->showMessage(tr("Open a dataset folder or create the demo workspace."));
}

MainWindow::~MainWindow() = default;

QSize MainWindow::firstWindowSize(const QSize& available) {
  // Most of the screen, leaving the desktop's edges visible; no larger than the pages can use.
  return (available * 0.9).boundedTo(QSize(1800, 1100));
}

bool MainWindow::storeFollowsWorkspace() const {
  return !explicitStore_ && qEnvironmentVariableIsEmpty("MSLW_STORE");
}

void MainWindow::followRun(RunId run) {
  ModelSource source;
  source.store = storePath_.toStdString();
  source.run = run;
  maskPage_->modelPicker()->setSource(source);
  recommendationsPage_->column(0)->picker()->setSource(source);
  // Model B: what the run is most naturally compared with (its LML counterpart, say).
  recommendationsPage_->column(1)->picker()->chooseCounterpartOf(storePath_, run);
}

void MainWindow::applyDevice(const ModelSelection& selection) {
  trainPage_->setWorkspaceDevice(selection.deviceId);
  maskPage_->modelLoader()->setDevice(selection.deviceId);
  for (int side = 0; side < 2; ++side)
    recommendationsPage_->column(side)->loader()->setDevice(selection.deviceId);
}

ModelSelection MainWindow::modelSelection() const {
  return workspacePage_->modelPanel()->selection();
}

QString MainWindow::defaultDemoDir() {
  const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
  const QString base =
      dataHome.isEmpty() ? QDir::home().filePath(QStringLiteral(".local/share")) : dataHome;
  return QDir(base).filePath(QStringLiteral("msl-workbench/demo"));
}

void MainWindow::buildMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* open = file->addAction(tr("&Open dataset folder…"), this, &MainWindow::chooseDataset);
  open->setShortcut(QKeySequence::Open);
  QAction* demo = file->addAction(tr("Create &demo workspace"), this,
                                  [this] { createDemoWorkspace(defaultDemoDir()); });
  demo->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
  recentMenu_ = file->addMenu(tr("&Recent datasets"));
  rebuildRecentMenu();
  file->addSeparator();
  ModelPanel* model = workspacePage_->modelPanel();
  QAction* checkpoint = file->addAction(tr("Open &checkpoint folder…"), this, [this, model] {
    showPage(WorkspacePageIndex);
    model->chooseCheckpoint();
  });
  checkpoint->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
  QAction* tiny = file->addAction(tr("Create &tiny model…"), this, [this, model] {
    showPage(WorkspacePageIndex);
    model->chooseTinyModelDir();
  });
  tiny->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
  file->addMenu(model->recentMenu());
  file->addSeparator();
  file->addAction(tr("Open experiment &store…"), this, &MainWindow::chooseStore);
  file->addSeparator();
  QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
  settings->setShortcut(QKeySequence::Preferences);
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  const QStringList names{tr("&Workspace"), tr("&Train"), tr("Inspect &masks"),
                          tr("Re&commendations"), tr("&Runs")};
  for (int page = 0; page < PageCount; ++page) {
    QAction* action = view->addAction(names[page], this, [this, page] { showPage(Page(page)); });
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
  }

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  QAction* keys = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
    ShortcutsDialog dialog(*menuBar(), this);
    dialog.exec();
  });
  keys->setShortcut(QKeySequence::HelpContents);
  help->addAction(tr("The &method"), this, [this] {
    // Modeless and one at a time: the method is read beside the page it explains.
    auto* dialog = findChild<MethodDialog*>();
    if (!dialog) {
      dialog = new MethodDialog(this);
      dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
  });
  help->addAction(tr("Show page &introductions"), this,
                  [this] { PageIntro::showAllAgain(pages_); });
  help->addAction(tr("&About MSL Workbench"), this, &MainWindow::showAbout);
}

void MainWindow::rebuildRecentMenu() {
  recentDatasets_.fillMenu(*recentMenu_, this, [this](const QString& path) { openDataset(path); });
}

void MainWindow::showPage(Page page) {
  sidebar_->setCurrentRow(page);
  pages_->setCurrentIndex(page);
}

void MainWindow::chooseDataset() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Open dataset folder"),
                                                        recentDatasets_.paths().value(0));
  if (!dir.isEmpty()) openDataset(dir);
}

void MainWindow::chooseStore() {
  const QString file = QFileDialog::getSaveFileName(
      this, tr("Open experiment store"), runsPage_->storePath(), tr("SQLite store (*.sqlite)"),
      nullptr, QFileDialog::DontConfirmOverwrite);
  if (!file.isEmpty()) setStorePath(file);
}

void MainWindow::openDataset(const QString& dir) {
  // A workspace's dataset brings its store, the one `mslw train` on that data records in.
  if (storeFollowsWorkspace()) {
    const std::string workspaceStore = workspaceStorePath(dir.toStdString());
    if (!workspaceStore.empty()) useStore(QString::fromStdString(workspaceStore));
  }
  WorkspaceRequest request;
  request.kind = WorkspaceRequest::Kind::OpenDataset;
  request.dataDir = dir;
  runsPage_->demoPanel()->setWorkspace({});
  showPage(WorkspacePageIndex);
  loader_->load(request);
}

void MainWindow::createDemoWorkspace(const QString& dir) {
  // One store per workspace: the demo's is the one `mslw demo` records its runs in.
  if (storeFollowsWorkspace()) useStore(QDir(dir).filePath(QStringLiteral("experiments.sqlite")));
  WorkspaceRequest request;
  request.kind = WorkspaceRequest::Kind::CreateDemo;
  request.demoDir = dir;
  runsPage_->demoPanel()->setWorkspace(dir);
  showPage(WorkspacePageIndex);
  statusBar()->showMessage(tr("Creating the demo workspace in %1…").arg(dir));
  loader_->load(request);
}

void MainWindow::setStorePath(const QString& path) {
  explicitStore_ = !path.isEmpty();
  useStore(path);
}

void MainWindow::useStore(const QString& path) {
  QString resolved = path;
  if (resolved.isEmpty()) {
    try {
      resolved = QString::fromStdString(experimentStorePath());
    } catch (const std::exception& error) {
      statusBar()->showMessage(QString::fromStdString(error.what()));
      return;
    }
  }
  runsPage_->setStorePath(resolved);
  trainPage_->setStorePath(resolved);
  recommendationsPage_->setStorePath(resolved);
  maskPage_->modelPicker()->setStorePath(resolved);
  storePath_ = resolved;
  setWindowTitle(tr("MSL Workbench — %1").arg(QDir::toNativeSeparators(resolved)));
}

void MainWindow::applySnapshot(const WorkspaceSnapshot& snapshot) {
  // Each page takes the snapshot in its own event-loop turn, the Workspace page (the one in view)
  // first: the window paints and answers input between them instead of stalling for their sum.
  // A newer snapshot arriving meanwhile ends this chain.
  const quint64 generation = ++snapshotGeneration_;
  auto steps = std::make_shared<std::vector<std::function<void()>>>();
  steps->push_back([this, snapshot] { workspacePage_->showSnapshot(snapshot); });
  steps->push_back([this, snapshot] { trainPage_->showSnapshot(snapshot); });
  steps->push_back([this, snapshot] { maskPage_->showSnapshot(snapshot); });
  steps->push_back([this, snapshot] { recommendationsPage_->showSnapshot(snapshot); });
  steps->push_back([this, snapshot] { runsPage_->setDataDir(snapshot.dataDir); });
  steps->push_back([this, snapshot] {
    recentDatasets_.add(snapshot.dataDir);
    rebuildRecentMenu();
    statusBar()->showMessage(
        tr("Opened %1 in %2 s.").arg(snapshot.dataDir).arg(snapshot.seconds, 0, 'f', 1));
    Q_EMIT workspaceShown();
  });
  runSnapshotStep(generation, steps, 0);
}

void MainWindow::runSnapshotStep(quint64 generation,
                                 std::shared_ptr<std::vector<std::function<void()>>> steps,
                                 std::size_t next) {
  if (generation != snapshotGeneration_ || next >= steps->size()) return;
  (*steps)[next]();
  if (next + 1 < steps->size()) {
    QTimer::singleShot(
        0, this, [this, generation, steps, next] { runSnapshotStep(generation, steps, next + 1); });
  }
}

void MainWindow::showSettings() {
  SettingsDialog dialog(this);
  if (dialog.exec() == QDialog::Accepted) setStorePath(SettingsDialog::storeSetting());
}

void MainWindow::showAbout() {
  QMessageBox::about(this, tr("About MSL Workbench"),
                     tr("<p><b>MSL Workbench</b> %1</p><p>Fine-tune an LLM as a recommender with "
                        "the Masked Softmax Loss, and watch and debug training.</p>")
                         .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState());
  saveSplitterSizes(*this, settings);
  settings.setValue(QStringLiteral("window/page"), pages_->currentIndex());
  event->accept();
}

}  // namespace ui
}  // namespace msl
