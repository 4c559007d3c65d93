// The Workspace page's model box: a tiny model created for the demo workspace's tokenizer and an
// opened checkpoint show the figures core computes, in a worker thread; a folder without weights
// shows an error naming it; the chosen device changes the estimate, is remembered and reaches
// MainWindow::modelSelection() and every page that loads a model; recent checkpoints are listed.
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "model/checkpoint_summary.h"
#include "model/memory_estimate.h"
#include "model/torch_runtime.h"
#include "settings_sandbox.h"
#include "ui/main_window.h"
#include "ui/mask_inspector_page.h"
#include "ui/model_figures.h"
#include "ui/model_panel.h"
#include "ui/model_panel_jobs.h"
#include "ui/recommendation_column.h"
#include "ui/recommendations_page.h"
#include "ui/recommender_loader.h"
#include "ui/run_config_form.h"
#include "ui/train_page.h"
#include "ui/workspace_page.h"
#include "workspace_fixture.h"

using namespace msl::ui;

namespace {

std::vector<msl::ComputeDevice> cpuAndGpu(std::int64_t gpuFreeBytes) {
  msl::ComputeDevice cpu{"cpu", "Test CPU", 64LL << 30, 32LL << 30};
  msl::ComputeDevice gpu{"cuda:0", "Test GPU", 80LL << 30, gpuFreeBytes, "bfloat16", 2};
  return {cpu, gpu};
}

// The panel lists this machine's devices once at start; tests that inject their own list wait
// for that first, so that it cannot replace theirs afterwards.
void waitForDeviceList(ModelPanel& panel) {
  QSignalSpy listed(panel.jobs(), &ModelPanelJobs::devicesListed);
  QVERIFY(listed.wait(10000));
}

// The window's Workspace page on `workspace`, with a tiny model created for it in `folder`: the
// model selection's checkpoint.
void createTinyModel(MainWindow& window, const WorkspaceSnapshot& workspace,
                     const QString& folder) {
  ModelPanel& panel = *window.workspacePage()->modelPanel();
  waitForDeviceList(panel);
  panel.setWorkspace(workspace);
  panel.createTinyModel(folder);
  QTRY_VERIFY_WITH_TIMEOUT(window.modelSelection().hasCheckpoint(), 60000);
}

}  // namespace

class TestModelPanel : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
  void init() { settings_.clear(); }

  void tinyModelForTheDemoWorkspaceShowsCoreFigures() {
    QTemporaryDir dir;
    const WorkspaceSnapshot workspace = buildSmallDemo(dir);
    ModelPanel panel;
    waitForDeviceList(panel);
    panel.setWorkspace(workspace);
    const QString folder = panel.proposedTinyModelDir();
    QCOMPARE(folder, dir.filePath(QStringLiteral("models/tiny-llama")));

    QSignalSpy changed(&panel, &ModelPanel::selectionChanged);
    panel.createTinyModel(folder);
    QVERIFY(panel.jobs()->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!panel.jobs()->isBusy(), 60000);
    QVERIFY2(!panel.findChild<QLabel*>(QStringLiteral("modelError"))->isVisibleTo(&panel),
             qPrintable(panel.findChild<QLabel*>(QStringLiteral("modelError"))->text()));

    const auto summary = msl::summarizeCheckpoint(folder.toStdString());
    QCOMPARE(summary.config.vocabSize,
             static_cast<std::int64_t>(workspace.layer->tokenizer.vocabSize()));
    QVERIFY(summary.hasTokenizer);
    QVERIFY(panel.figureText(QStringLiteral("parameters"))
                .startsWith(QLocale().toString(qlonglong(summary.config.parameterCount()))));
    QVERIFY(panel.figureText(QStringLiteral("architecture")).startsWith(QStringLiteral("llama")));
    const msl::ComputeDevice cpu = msl::listComputeDevices().front();
    QCOMPARE(panel.figureText(QStringLiteral("memory")), ModelFigures::of(summary, cpu).memory);

    QCOMPARE(changed.count(), 1);
    const auto selection = changed.takeFirst().at(0).value<ModelSelection>();
    QCOMPARE(selection.checkpointDir, folder);
    QCOMPARE(selection.deviceId, QStringLiteral("cpu"));
    QCOMPARE(selection.config.numHiddenLayers, summary.config.numHiddenLayers);
    // The next proposal does not overwrite the model just made.
    QCOMPARE(panel.proposedTinyModelDir(), dir.filePath(QStringLiteral("models/tiny-llama-2")));

    const QList<QAction*> recent = panel.recentMenu()->actions();
    QCOMPARE(recent.size(), 1);
    QCOMPARE(recent.front()->text(), folder);
  }

  void folderWithoutWeightsShowsAnErrorNamingIt() {
    ModelPanel panel;
    panel.openCheckpoint(QStringLiteral("/nonexistent/msl-checkpoint"));
    auto* error = panel.findChild<QLabel*>(QStringLiteral("modelError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(&panel), 10000);
    QVERIFY2(error->text().contains(QStringLiteral("/nonexistent/msl-checkpoint")),
             qPrintable(error->text()));
    QVERIFY(!panel.selection().hasCheckpoint());
    QVERIFY(panel.recentMenu()->actions().isEmpty());
  }

  void createNeedsAWorkspaceTokenizer() {
    ModelPanel panel;
    QPushButton* create = nullptr;
    for (auto* button : panel.findChildren<QPushButton*>()) {
      if (button->accessibleName() == QStringLiteral("Create tiny model")) create = button;
    }
    QVERIFY(create);
    QVERIFY(!create->isEnabled());
    QTemporaryDir dir;
    panel.createTinyModel(dir.filePath(QStringLiteral("model")));
    QVERIFY(!panel.jobs()->isBusy());
    auto* error = panel.findChild<QLabel*>(QStringLiteral("modelError"));
    QVERIFY(error->isVisibleTo(&panel));
    QVERIFY(error->text().contains(QStringLiteral("tokenizer")));
  }

  void deviceChangesTheEstimateAndIsRemembered() {
    QTemporaryDir dir;
    const WorkspaceSnapshot workspace = buildSmallDemo(dir);
    MainWindow window;
    ModelPanel& panel = *window.workspacePage()->modelPanel();
    const QString folder = dir.filePath(QStringLiteral("models/tiny"));
    createTinyModel(window, workspace, folder);
    if (QTest::currentTestFailed()) return;
    const auto summary = msl::summarizeCheckpoint(folder.toStdString());

    // A GPU with 1 MiB free: the device chooser shows it, and LoRA training does not fit there.
    const auto devices = cpuAndGpu(1 << 20);
    Q_EMIT panel.jobs()->devicesListed(devices);
    QCOMPARE(panel.deviceBox()->count(), 2);
    QCOMPARE(panel.deviceBox()->itemText(1), ModelFigures::deviceLabel(devices[1]));
    QVERIFY(panel.deviceBox()->itemText(1).contains(QStringLiteral("Test GPU")));

    QSignalSpy changed(&window, &MainWindow::modelSelectionChanged);
    panel.deviceBox()->setCurrentIndex(1);
    QCOMPARE(changed.count(), 1);
    const ModelSelection selection = window.modelSelection();
    QCOMPARE(selection.deviceId, QStringLiteral("cuda:0"));
    QCOMPARE(selection.dtype, QStringLiteral("bfloat16"));
    QCOMPARE(selection.checkpointDir, folder);
    const ModelFigures onGpu = ModelFigures::of(summary, devices[1]);
    QCOMPARE(panel.figureText(QStringLiteral("memory")), onGpu.memory);
    QVERIFY(panel.figureText(QStringLiteral("memory")).contains(QStringLiteral("bfloat16")));
    QCOMPARE(onGpu.fits, std::optional<bool>(false));
    QVERIFY(panel.figureText(QStringLiteral("fit")).startsWith(QStringLiteral("no:")));

    // A new window on a machine with the same devices comes back on the GPU.
    ModelPanel again;
    waitForDeviceList(again);
    Q_EMIT again.jobs()->devicesListed(devices);
    QCOMPARE(again.selection().deviceId, QStringLiteral("cuda:0"));
    // ... and on the CPU where that GPU is gone.
    Q_EMIT again.jobs()->devicesListed({devices[0]});
    QCOMPARE(again.selection().deviceId, QStringLiteral("cpu"));
  }

  void theChosenDeviceReachesEveryPage() {
    QTemporaryDir dir;
    const WorkspaceSnapshot workspace = buildSmallDemo(dir);
    MainWindow window;
    ModelPanel& panel = *window.workspacePage()->modelPanel();
    window.trainPage()->showSnapshot(workspace);
    const QString folder = dir.filePath(QStringLiteral("models/tiny"));
    createTinyModel(window, workspace, folder);
    if (QTest::currentTestFailed()) return;

    const auto devices = cpuAndGpu(80LL << 30);
    Q_EMIT panel.jobs()->devicesListed(devices);
    panel.deviceBox()->setCurrentIndex(1);
    const QString gpu = QStringLiteral("cuda:0");
    // Train: "auto" in the run config means the Workspace page's device.
    QCOMPARE(QString::fromStdString(window.trainPage()->trainerOptions().config.training.device),
             gpu);
    QCOMPARE(window.maskPage()->modelLoader()->device(), gpu);
    RecommendationColumn* modelA = window.recommendationsPage()->column(0);
    modelA->setDataDir(workspace.dataDir);
    QCOMPARE(modelA->loader()->device(), gpu);
    QCOMPARE(window.recommendationsPage()->column(1)->loader()->device(), gpu);

    // The session really opens there: without a GPU the fake one is refused by name.
    msl::ModelSource source;
    source.checkpoint = folder.toStdString();
    if (!msl::describeTorchRuntime().gpuUsable) {
      QSignalSpy failed(modelA, &RecommendationColumn::failed);
      modelA->loadModel(source);
      QVERIFY(failed.wait(60000));
      const QString message = failed.front().front().toString();
      QVERIFY2(message.contains(QStringLiteral("device cuda:0 is not available")) &&
                   message.contains(QStringLiteral("this machine has cpu")),
               qPrintable(message));
    }
    panel.deviceBox()->setCurrentIndex(0);
    QCOMPARE(modelA->loader()->device(), QStringLiteral("cpu"));
    QCOMPARE(window.trainPage()->trainerOptions().config.training.device, std::string("cpu"));
    QSignalSpy loaded(modelA, &RecommendationColumn::modelLoaded);
    modelA->loadModel(source);
    QVERIFY(loaded.wait(60000));
    QVERIFY(modelA->hasModel());
  }

  void figuresFollowTheCoreEstimate() {
    msl::CheckpointSummary summary;
    summary.config.modelType = "llama";
    summary.config.vocabSize = 1000;
    summary.config.hiddenSize = 64;
    summary.config.intermediateSize = 176;
    summary.config.numHiddenLayers = 2;
    summary.config.numAttentionHeads = 4;
    summary.config.numKeyValueHeads = 2;
    summary.config.headDim = 16;
    summary.config.tieWordEmbeddings = true;
    const auto devices = cpuAndGpu(80LL << 30);
    msl::MemoryWorkload workload;
    workload.bytesPerValue = 2;
    const ModelFigures gpu = ModelFigures::of(summary, devices[1]);
    QCOMPARE(gpu.inferenceBytes, msl::estimateMemory(summary.config, workload).total());
    workload.use = msl::MemoryUse::LoraTraining;
    QCOMPARE(gpu.loraTrainingBytes, msl::estimateMemory(summary.config, workload).total());
    QCOMPARE(gpu.fits, std::optional<bool>(true));
    QVERIFY(gpu.fit.startsWith(QStringLiteral("yes:")));
    const ModelFigures cpu = ModelFigures::of(summary, devices[0]);
    QVERIFY(cpu.inferenceBytes > gpu.inferenceBytes);  // float32 weights are twice bfloat16's
    msl::ComputeDevice unknown{"cuda:1", "Unreadable GPU"};
    QVERIFY(!ModelFigures::of(summary, unknown).fits);
    QVERIFY(ModelFigures::of(summary, unknown).fit.startsWith(QStringLiteral("unknown:")));
  }

 private:
  SettingsSandbox settings_;
};

QTEST_MAIN(TestModelPanel)
#include "tst_model_panel.moc"
