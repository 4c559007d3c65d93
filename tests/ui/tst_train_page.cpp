#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

#include "event_loop_gap.h"
#include "plots/heatmap_chart.h"
#include "plots/live_chart.h"
#include "store/experiment_store.h"
#include "ui/config_field_editor.h"
#include "ui/run_config_form.h"
#include "ui/run_table_model.h"
#include "ui/runs_page.h"
#include "ui/train_charts.h"
#include "ui/train_page.h"
#include "ui/training_progress.h"
#include "workspace_fixture.h"

using namespace msl::ui;
using State = TrainingController::State;

namespace {

// Types into a field the way a user does, so the form validates on each edit.
void typeInto(RunConfigForm* form, const QString& path, const QString& text) {
  auto* edit = qobject_cast<QLineEdit*>(form->field(path)->editor());
  QVERIFY2(edit, qPrintable(path));
  edit->selectAll();
  QTest::keyClick(edit, Qt::Key_Backspace);
  QTest::keyClicks(edit, text);
}

qsizetype lossPoints(TrainPage& page) {
  return page.charts()->lossChart()->series().front().values.size();
}

// A short quick-cpu run on the demo workspace (a created tiny model).
constexpr std::int64_t kQuickSteps = 160;

void setQuickRun(TrainPage& page, const std::string& name, std::int64_t steps) {
  // The small demo catalog has n = 2 first tokens: ATS needs n·η > 1.
  typeInto(page.form(), QStringLiteral("loss.eta"), QStringLiteral("1"));
  QVERIFY2(page.form()->isValid(), qPrintable(page.form()->errorText()));
  msl::RunConfig config = *page.form()->config();
  config.name = name;
  config.training.maxSteps = steps;
  config.training.batchSize = 4;
  config.data.cutoffLength = 160;
  config.loss.invalidMassEvery = 2;
  config.evaluation.everySteps = 20;
  config.evaluation.subset = 10;
  page.form()->setConfig(config);
  QVERIFY2(page.form()->isValid(), qPrintable(page.form()->errorText()));
}

QString logText(TrainPage& page) {
  return page.findChild<QPlainTextEdit*>(QStringLiteral("trainLog"))->toPlainText();
}

}  // namespace

class TestTrainPage : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(workspaceDir_.isValid());
    snapshot_ = buildSmallDemo(workspaceDir_);
    storePath_ = workspaceDir_.filePath(QStringLiteral("experiments.sqlite"));
  }

  void formatsProgress_data() {
    QTest::addColumn<qint64>("step");
    QTest::addColumn<qint64>("firstStep");
    QTest::addColumn<double>("elapsed");
    QTest::addColumn<QString>("expected");
    // 10 steps timed in 20 s, 90 left: 180 s.
    QTest::newRow("fresh run") << qint64(10) << qint64(1) << 20.0
                               << QStringLiteral("step 10/100 · 0:20 elapsed · 3:00 left");
    // A resumed run timed only steps 51..60: 10 steps in 5 s, 40 left.
    QTest::newRow("resumed run") << qint64(60) << qint64(51) << 5.0
                                 << QStringLiteral("step 60/100 · 0:05 elapsed · 0:20 left");
    QTest::newRow("hours") << qint64(1) << qint64(1) << 75.0
                           << QStringLiteral("step 1/100 · 1:15 elapsed · 2:03:45 left");
  }

  void formatsProgress() {
    QFETCH(qint64, step);
    QFETCH(qint64, firstStep);
    QFETCH(double, elapsed);
    QFETCH(QString, expected);
    msl::StepReport report;
    report.step = step;
    report.totalSteps = 100;
    report.elapsedSeconds = elapsed;
    report.tokensPerSecond = 1234;
    const QString text = trainingProgressText(report, firstStep);
    QVERIFY2(text.startsWith(expected), qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral(" tokens/s")), qPrintable(text));
  }

  void invalidFieldShowsInlineErrorAndBlocksStart() {
    TrainPage page;
    page.setStorePath(storePath_);
    page.showSnapshot(snapshot_);
    // The workspace knows n, so ATS's n·η > 1 is checked before anything is loaded.
    QVERIFY(snapshot_.trie.firstPositionValid * 0.25 <= 1);
    const QString etaError = page.form()->field(QStringLiteral("loss.eta"))->error();
    QVERIFY2(etaError.contains(QStringLiteral("loss.eta is 0.25")), qPrintable(etaError));
    QVERIFY(!page.startButton()->isEnabled());
    typeInto(page.form(), QStringLiteral("loss.eta"), QStringLiteral("1"));
    QVERIFY2(page.form()->isValid(), qPrintable(page.form()->errorText()));
    QCOMPARE(page.form()->config()->data.dir, snapshot_.dataDir.toStdString());
    QVERIFY(page.startButton()->isEnabled());

    ConfigFieldEditor* tau = page.form()->field(QStringLiteral("loss.tau"));
    typeInto(page.form(), QStringLiteral("loss.tau"), QStringLiteral("0"));
    QVERIFY(!page.form()->isValid());
    QVERIFY(!page.startButton()->isEnabled());
    auto* error = tau->findChild<QLabel*>(QStringLiteral("loss.tau/error"));
    QVERIFY(error && error->isVisibleTo(&page));
    QVERIFY2(
        tau->error().contains(QStringLiteral("loss.tau: expected a number in (0, 100], found 0")),
        qPrintable(tau->error()));

    typeInto(page.form(), QStringLiteral("loss.tau"), QStringLiteral("abc"));
    QVERIFY2(tau->error().contains(QStringLiteral("must be a number")), qPrintable(tau->error()));

    // A whole-config rule lands on the key it names, not on the field last edited.
    typeInto(page.form(), QStringLiteral("loss.tau"), QStringLiteral("2"));
    QVERIFY(tau->error().isEmpty());
    typeInto(page.form(), QStringLiteral("training.gradient_accumulation"), QStringLiteral("3"));
    const QString batchError = page.form()->field(QStringLiteral("training.batch_size"))->error();
    QVERIFY2(batchError.contains(QStringLiteral("divisible")), qPrintable(batchError));
    QVERIFY(!page.startButton()->isEnabled());

    // Start refuses with the reason instead of launching anything.
    page.startTraining();
    QCOMPARE(page.controller()->state(), State::Idle);
    QVERIFY2(page.errorText().contains(QStringLiteral("training.batch_size")),
             qPrintable(page.errorText()));

    typeInto(page.form(), QStringLiteral("training.gradient_accumulation"), QStringLiteral("2"));
    QVERIFY(page.form()->isValid());
    QVERIFY(page.startButton()->isEnabled());
    QCOMPARE(page.form()->config()->loss.tau, 2.0);
    QCOMPARE(page.form()->config()->training.gradientAccumulation, std::int64_t(2));
  }

  void savesAndLoadsTheConfig() {
    TrainPage page;
    page.setStorePath(storePath_);
    page.showSnapshot(snapshot_);
    page.applyPreset(QStringLiteral("paper-toy"));
    typeInto(page.form(), QStringLiteral("lora.r"), QStringLiteral("16"));
    typeInto(page.form(), QStringLiteral("loss.eta"), QStringLiteral("1"));
    QVERIFY(!page.form()->isValid());  // paper-toy loads a checkpoint, and none is given
    QVERIFY(page.form()
                ->field(QStringLiteral("model.checkpoint"))
                ->error()
                .contains(QStringLiteral("model.checkpoint: required")));
    typeInto(page.form(), QStringLiteral("model.checkpoint"), QStringLiteral("/models/llama"));
    QVERIFY2(page.form()->isValid(), qPrintable(page.form()->errorText()));
    const QString path = workspaceDir_.filePath(QStringLiteral("run.json"));
    QVERIFY(page.saveConfig(path));

    TrainPage other;
    QVERIFY2(other.loadConfig(path), qPrintable(other.errorText()));
    QVERIFY(other.form()->isValid());
    QCOMPARE(QString::fromStdString(msl::runConfigToJson(*other.form()->config()).dump()),
             QString::fromStdString(msl::runConfigToJson(*page.form()->config()).dump()));
    QCOMPARE(other.form()->config()->lora.rank, std::int64_t(16));
    QCOMPARE(other.form()->config()->loss.tau, 4.5);

    // A broken file leaves the form as it was and says which key is wrong.
    QFile broken(workspaceDir_.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"lora": {"r": 0}})");
    broken.close();
    QVERIFY(!other.loadConfig(broken.fileName()));
    QVERIFY2(other.errorText().contains(QStringLiteral("lora.r")), qPrintable(other.errorText()));
    QCOMPARE(other.form()->config()->lora.rank, std::int64_t(16));
  }

  void trainsPausesResumesStopsAndContinues() {
    TrainPage page;
    page.resize(1400, 900);
    page.show();
    page.setStorePath(storePath_);
    page.showSnapshot(snapshot_);
    // Long enough that the run cannot finish before Pause is clicked, however fast the machine.
    setQuickRun(page, "gui-quick", kQuickSteps);
    // The window's first layout and paint are not training's doing: let them pass first.
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::qWait(200);

    EventLoopGap gap;

    // Pause when the trainer reports its 8th step (after the page applied it: the page connected
    // first), not after a guessed wait: the run is then far from its end however fast it trains.
    constexpr std::int64_t kPauseAfter = 8;
    const QMetaObject::Connection pauseAtStep =
        connect(page.controller(), &TrainingController::stepReported, this,
                [&page](const msl::StepReport& report) {
                  if (report.step == kPauseAfter && page.pauseButton()->isEnabled())
                    page.pauseButton()->click();
                });
    QVERIFY(page.startButton()->isEnabled());
    QTest::mouseClick(page.startButton(), Qt::LeftButton);
    QCOMPARE(page.controller()->state(), State::Running);
    QTRY_VERIFY_WITH_TIMEOUT(page.controller()->state() != State::Running, 90000);
    disconnect(pauseAtStep);
    QVERIFY2(page.errorText().isEmpty(), qPrintable(page.errorText()));
    QCOMPARE(page.controller()->state(), State::Paused);
    QVERIFY(lossPoints(page) >= kPauseAfter);
    QVERIFY(page.currentRun().has_value());
    const msl::RunId run = *page.currentRun();
    QVERIFY(page.resumeButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(logText(page).contains(QStringLiteral("paused at step")), 30000);
    // The trainer's own word for where it paused; the page must have drawn up to that step.
    const QRegularExpression pausedLine(QStringLiteral("paused at step (\\d+)"));
    const std::int64_t pausedAt = pausedLine.match(logText(page)).captured(1).toLongLong();
    QTRY_COMPARE_WITH_TIMEOUT(page.lastStep(), pausedAt, 10000);
    QTest::qWait(700);
    QCOMPARE(page.lastStep(), pausedAt);
    QVERIFY(pausedAt < kQuickSteps);

    QTest::mouseClick(page.resumeButton(), Qt::LeftButton);
    QCOMPARE(page.controller()->state(), State::Running);
    QTRY_VERIFY_WITH_TIMEOUT(page.lastStep() > pausedAt, 30000);

    QTest::mouseClick(page.stopButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page.controller()->state(), State::Idle, 60000);
    QVERIFY2(page.statusText().contains(QStringLiteral("cancelled")),
             qPrintable(page.statusText()));
    QVERIFY2(page.statusText().contains(QStringLiteral("checkpoint")),
             qPrintable(page.statusText()));
    const std::int64_t stoppedAt = page.lastStep();
    QVERIFY(stoppedAt < kQuickSteps);

    // Every chart received the step values it plots.
    TrainCharts* charts = page.charts();
    QCOMPARE(charts->lossChart()->series().front().steps.back(), double(stoppedAt));
    // Beside the objective, the τ-free masked cross-entropy of every step and, for this MSL+ATS
    // run, the objective ÷ τ of every step.
    const auto losses = charts->lossChart()->series();
    QCOMPARE(losses.size(), qsizetype(3));
    QCOMPARE(losses[1].values.size(), lossPoints(page));
    QVERIFY(losses[1].values.back() > 0);
    const auto taus = charts->temperatureChart()->series().front().values;
    QCOMPARE(losses[2].values.size(), lossPoints(page));
    for (qsizetype i = 0; i < losses[2].values.size(); ++i)
      QCOMPARE(losses[2].values[i], losses[0].values[i] / taus[i]);
    QCOMPARE(charts->gradientChart()->series().front().values.size(), lossPoints(page));
    QVERIFY(charts->temperatureChart()->series().front().values.front() > 0);
    QVERIFY(!charts->invalidMassChart()->series().front().values.isEmpty());
    QVERIFY(charts->learningRateChart()->series().front().values.back() > 0);
    QVERIFY(charts->throughputChart()->series().front().values.back() > 0);
    // Device memory (the CPU's resident set here) per step, beside the estimate before the run.
    const auto memory = charts->memoryChart()->series();
    QCOMPARE(memory.size(), qsizetype(4));
    QCOMPARE(memory[0].values.size(), lossPoints(page));
    QVERIFY(memory[0].values.back() > 0.01);                      // > 10 MB resident
    QVERIFY(memory[2].values.back() >= memory[0].values.back());  // peak ≥ current
    QVERIFY(memory[3].values.back() > 0);
    QVERIFY(charts->layerChart()->rows().contains(QStringLiteral("layers.0")));
    QCOMPARE(charts->layerChart()->columnCount(), int(lossPoints(page)));
    QVERIFY(charts->layerChart()->value(0, 0) > 0);

    RunsPage runs;
    runs.setStorePath(storePath_);
    QTRY_VERIFY_WITH_TIMEOUT(runs.runModel()->rowCount() >= 1, 10000);
    QCOMPARE(runs.runModel()->index(0, RunTableModel::NameColumn).data().toString(),
             QStringLiteral("gui-quick"));
    QCOMPARE(runs.runModel()->index(0, RunTableModel::StatusColumn).data().toString(),
             QStringLiteral("cancelled"));

    // Continue the stopped run from its checkpoint to the end.
    page.setContinuedRun(run);
    QVERIFY(page.startButton()->text().contains(QString::number(run)));
    QTest::mouseClick(page.startButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page.controller()->state(), State::Idle, 120000);
    const qint64 longestGap = gap.stop();
    qInfo("longest event-loop gap while training: %lld ms", longestGap);
    // The goal is < 100 ms (printed above); a shared two-core machine adds noise, so the test
    // fails only where a real regression (a blocking call on the GUI thread) lies.
    QVERIFY2(longestGap < 250, qPrintable(QString::number(longestGap)));
    QVERIFY2(page.statusText().contains(QStringLiteral("finished")), qPrintable(page.statusText()));
    QCOMPARE(page.lastStep(), kQuickSteps);
    // The evaluations during the continued run (every 20 steps, validation subset) and at the
    // end reach the evaluation chart, one series per metric and split. The chart starts afresh
    // with the continued run, so the first evaluation it must hold is the first after the stop.
    const double firstEvaluation = double((stoppedAt / 20 + 1) * 20);
    const auto evaluations = page.charts()->evaluationChart()->series();
    QVERIFY(!evaluations.isEmpty());
    QStringList seen;
    for (const auto& series : evaluations)
      for (double step : series.steps)
        seen << series.name + QStringLiteral("@") + QString::number(step);
    QVERIFY2(std::any_of(evaluations.begin(), evaluations.end(),
                         [&](const msl::plots::ChartSeries& series) {
                           return series.name.startsWith(QStringLiteral("NDCG@10 (valid")) &&
                                  series.steps.contains(firstEvaluation);
                         }),
             qPrintable(QStringLiteral("no NDCG@10 (valid) at step %1; chart holds: %2")
                            .arg(firstEvaluation)
                            .arg(seen.join(QStringLiteral(", ")))));
    QCOMPARE(page.charts()->lossChart()->series().front().steps.front(), double(stoppedAt + 1));
    runs.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(
        runs.runModel()->index(0, RunTableModel::StatusColumn).data().toString(),
        QStringLiteral("finished"), 10000);
  }

  void trainsDataParallelOverTwoProcesses() {
    TrainPage page;
    page.setStorePath(storePath_);
    page.showSnapshot(snapshot_);
    setQuickRun(page, "gui-two-processes", 12);
    page.setRankProgram(QStringLiteral(MSLW_BINARY));
    auto* processes = page.findChild<QSpinBox*>(QStringLiteral("trainProcesses"));
    QVERIFY(processes);
    processes->setValue(2);
    page.startTraining();
    QTRY_COMPARE_WITH_TIMEOUT(page.controller()->state(), State::Idle, 180000);
    QVERIFY2(page.errorText().isEmpty(), qPrintable(page.errorText()));
    QVERIFY2(logText(page).contains(QStringLiteral("data-parallel over 2 processes")),
             qPrintable(logText(page)));
    // Rank 0 reports as one process does: every step charted, the run finished in the store.
    QCOMPARE(lossPoints(page), qsizetype{12});
    QVERIFY(page.currentRun().has_value());
    msl::ExperimentStore store(storePath_.toStdString());
    QCOMPARE(store.run(*page.currentRun()).status, msl::RunStatus::Finished);
    QCOMPARE(store.stepsAfter(*page.currentRun(), 0).size(), std::size_t{12});
  }

  void nonFiniteLossFailsTheRunWithItsCause() {
    TrainPage page;
    page.setStorePath(storePath_);
    page.showSnapshot(snapshot_);
    setQuickRun(page, "gui-nan", 20);
    msl::TrainerTestHooks hooks;
    hooks.nonFiniteLossAtStep = 2;
    page.setTestHooks(hooks);
    page.startTraining();
    QTRY_COMPARE_WITH_TIMEOUT(page.controller()->state(), State::Idle, 90000);
    QVERIFY2(page.errorText().contains(QStringLiteral("non-finite loss")),
             qPrintable(page.errorText()));
    QVERIFY(page.currentRun().has_value());
    msl::ExperimentStore store(storePath_.toStdString());
    const msl::RunRecord record = store.run(*page.currentRun());
    QCOMPARE(record.status, msl::RunStatus::Failed);
    QVERIFY2(record.failureMessage.find("non-finite loss") != std::string::npos,
             record.failureMessage.c_str());
  }

  void missingDataShowsReadableError() {
    TrainPage page;
    page.setStorePath(storePath_);
    page.showSnapshot(snapshot_);
    typeInto(page.form(), QStringLiteral("data.dir"), QStringLiteral("/nonexistent/msl-data"));
    QVERIFY(page.form()->isValid());
    page.startTraining();
    QTRY_COMPARE_WITH_TIMEOUT(page.controller()->state(), State::Idle, 60000);
    QVERIFY2(page.errorText().contains(QStringLiteral("/nonexistent/msl-data")),
             qPrintable(page.errorText()));
  }

 private:
  QTemporaryDir workspaceDir_;
  WorkspaceSnapshot snapshot_;
  QString storePath_;
};

QTEST_MAIN(TestTrainPage)
#include "tst_train_page.moc"
