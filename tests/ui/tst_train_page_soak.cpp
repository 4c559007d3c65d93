// Soak with the workbench open on the Train page (tests/support/soak_segments.h): one run trained
// by the Train page of a child copy of this program, which clicks Pause, Resume, Stop and
// Start (continuing the run) in random cycles, evaluating every 25 steps, until the test kills
// it with SIGKILL at a random moment; the next child opens the workspace again and continues the
// run from its latest checkpoint, as a user does after a crash. MSLW_SOAK_SECONDS long (120 in
// the suite).
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <random>

#include "event_loop_gap.h"
#include "support/soak_segments.h"
#include "ui/config_field_editor.h"
#include "ui/run_config_form.h"
#include "ui/train_page.h"
#include "ui/workspace_builder.h"
#include "workspace_fixture.h"

using namespace msl::ui;
using State = TrainingController::State;
namespace fs = std::filesystem;

namespace {

// The child's environment: the workspace folder (data/, tokenizer/, experiments.sqlite), the
// file its steps go to, the seed of its cycles, and the run it continues (unset: a new run).
constexpr char kChildWorkspace[] = "MSLW_TRAIN_PAGE_SOAK_WORKSPACE";
constexpr char kChildJsonl[] = "MSLW_TRAIN_PAGE_SOAK_JSONL";
constexpr char kChildSeed[] = "MSLW_TRAIN_PAGE_SOAK_SEED";
constexpr char kChildContinues[] = "MSLW_TRAIN_PAGE_SOAK_CONTINUES";

[[noreturn]] void childFails(const QString& what) {
  std::fprintf(stderr, "train page soak child: %s\n", qPrintable(what));
  std::exit(2);
}

void waitUntil(const TrainPage& page, const std::function<bool()>& done, const QString& what) {
  QElapsedTimer waited;
  waited.start();
  while (!done()) {
    if (!page.errorText().isEmpty()) childFails(what + QStringLiteral(": ") + page.errorText());
    if (waited.elapsed() > 120000) childFails(QStringLiteral("timed out: ") + what);
    QTest::qWait(10);
  }
}

// A user's session on the Train page: start (or continue) the run, then cycles of Pause, a
// pause of a random length, Resume, Stop and Start again from the checkpoint Stop wrote.
int trainUntilKilled() {
  QStandardPaths::setTestModeEnabled(true);
  const QString workspace = qEnvironmentVariable(kChildWorkspace);
  WorkspaceRequest request;
  request.kind = WorkspaceRequest::Kind::OpenDataset;
  request.dataDir = workspace + QStringLiteral("/data");
  const WorkspaceSnapshot snapshot =
      buildWorkspace(request, [](const QString&, int) { return true; });

  TrainPage page;
  page.resize(1400, 900);
  page.show();
  page.setStorePath(workspace + QStringLiteral("/experiments.sqlite"));
  page.showSnapshot(snapshot);
  // The small demo catalog has n = 2 first tokens: ATS needs n·η > 1, which the form checks.
  auto* eta = qobject_cast<QLineEdit*>(page.form()->field(QStringLiteral("loss.eta"))->editor());
  eta->selectAll();
  QTest::keyClick(eta, Qt::Key_Backspace);
  QTest::keyClicks(eta, QStringLiteral("1"));
  if (!page.form()->config()) childFails(page.form()->errorText());
  msl::RunConfig config = *page.form()->config();
  config.name = "train-page-soak";
  config.training.maxSteps = 1000000;
  config.training.batchSize = 8;
  config.training.checkpointEvery = 10;
  config.data.cutoffLength = 160;
  config.loss.invalidMassEvery = 2;
  config.evaluation.everySteps = 25;
  config.evaluation.subset = 8;
  page.form()->setConfig(config);
  if (!page.form()->isValid()) childFails(page.form()->errorText());

  QFile jsonl(qEnvironmentVariable(kChildJsonl));
  if (!jsonl.open(QIODevice::WriteOnly | QIODevice::Append)) childFails(jsonl.errorString());
  auto writeLine = [&jsonl](const nlohmann::json& line) {
    jsonl.write(QByteArray::fromStdString(line.dump() + "\n"));
    jsonl.flush();
  };
  QObject::connect(page.controller(), &TrainingController::stepReported, &jsonl,
                   [&](const msl::StepReport& report) {
                     writeLine({{"step", report.step}, {"loss", report.loss}});
                   });

  // The trainer's own word for where it paused (the page's state changes at the click).
  std::int64_t reportedPause = -1;
  QObject::connect(page.controller(), &TrainingController::logged, &jsonl,
                   [&reportedPause](const QString&, const QString& text) {
                     const auto match =
                         QRegularExpression(QStringLiteral("^paused at step (\\d+)")).match(text);
                     if (match.hasMatch()) reportedPause = match.captured(1).toLongLong();
                   });

  if (qEnvironmentVariableIsSet(kChildContinues))
    page.setContinuedRun(qEnvironmentVariableIntValue(kChildContinues));
  std::mt19937 random(qEnvironmentVariableIntValue(kChildSeed));
  auto steps = [&random] { return std::uniform_int_distribution<std::int64_t>(3, 30)(random); };
  std::optional<EventLoopGap> gap;
  gap.emplace();
  page.startButton()->click();
  for (int cycle = 1;; ++cycle) {
    const std::int64_t pauseAt = page.lastStep() + steps();
    waitUntil(
        page, [&] { return page.lastStep() >= pauseAt && page.pauseButton()->isEnabled(); },
        QStringLiteral("step %1").arg(pauseAt));
    reportedPause = -1;
    page.pauseButton()->click();
    waitUntil(
        page, [&] { return reportedPause >= 0 && page.lastStep() == reportedPause; },
        QStringLiteral("pause"));
    const std::int64_t pausedAt = page.lastStep();
    QTest::qWait(std::uniform_int_distribution<int>(100, 800)(random));
    if (page.lastStep() != pausedAt)
      childFails(QStringLiteral("trained on while paused: step %1, then %2")
                     .arg(pausedAt)
                     .arg(page.lastStep()));
    page.resumeButton()->click();
    const std::int64_t stopAt = pausedAt + steps();
    waitUntil(
        page, [&] { return page.lastStep() >= stopAt; },
        QStringLiteral("step %1 after resuming").arg(stopAt));
    page.stopButton()->click();
    waitUntil(
        page, [&] { return page.controller()->state() == State::Idle; }, QStringLiteral("stop"));
    if (!page.statusText().contains(QStringLiteral("cancelled")))
      childFails(QStringLiteral("after Stop: ") + page.statusText());
    writeLine({{"cycle", cycle}, {"stopped_at", page.lastStep()}, {"longest_gap_ms", gap->stop()}});
    gap.emplace();
    page.setContinuedRun(page.currentRun());
    page.startButton()->click();
  }
}

}  // namespace

class TestTrainPageSoak : public QObject {
  Q_OBJECT

 private slots:
  void theRunSurvivesPausesStopsAndKills() {
    QTemporaryDir workspace;
    QVERIFY(workspace.isValid());
    buildSmallDemo(workspace);
    const fs::path root = workspace.path().toStdString();

    SoakPlan plan;
    plan.store = (root / "experiments.sqlite").string();
    plan.folder = root;
    plan.seconds = soakSeconds();
    plan.start = [&](QProcess& child, std::size_t segment, const fs::path& jsonl) {
      QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
      environment.insert(kChildWorkspace, workspace.path());
      environment.insert(kChildJsonl, QString::fromStdString(jsonl.string()));
      environment.insert(kChildSeed, QString::number(segment + 1));
      if (segment > 0) environment.insert(kChildContinues, QString::number(plan.run));
      environment.insert("QT_QPA_PLATFORM", "offscreen");
      child.setProcessEnvironment(environment);
      child.start(QCoreApplication::applicationFilePath(), {});
    };
    plan.signalThatEnds = [](std::size_t) { return SIGKILL; };
    SoakOutcome outcome;
    soakSegments(plan, outcome);
    if (QTest::currentTestFailed()) return;

    // The Train page's own cycles: every Stop wrote its line, Start then continued the run.
    int cycles = 0;
    qint64 longestGap = 0;
    for (std::size_t segment = 0; segment < outcome.segments; ++segment) {
      std::ifstream in(root / ("segment-" + std::to_string(segment) + ".jsonl"));
      for (std::string line; std::getline(in, line);) {
        const auto json = nlohmann::json::parse(line, nullptr, false);
        if (json.is_object() && json.contains("cycle")) {
          ++cycles;
          longestGap = std::max(longestGap, json.at("longest_gap_ms").get<qint64>());
        }
      }
    }
    qInfo("%d pause/resume/stop/continue cycles on the Train page; longest event-loop gap %lld ms",
          cycles, static_cast<long long>(longestGap));
    QVERIFY2(cycles > 0, "no segment paused, resumed, stopped and continued the run");
  }
};

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  if (qEnvironmentVariableIsSet(kChildWorkspace)) return trainUntilKilled();
  TestTrainPageSoak test;
  return QTest::qExec(&test, argc, argv);
}

#include "tst_train_page_soak.moc"
