#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <algorithm>
#include <functional>

#include "metrics/stored_evaluation.h"
#include "plots/live_chart.h"
#include "store/experiment_store.h"
#include "ui/run_quantity.h"
#include "ui/run_table_model.h"
#include "ui/runs_page.h"
#include "ui/store_reader.h"
#include "workspace_fixture.h"

using namespace msl::ui;

namespace {

// A finished run with `steps` steps (loss 4/step, τ-free loss 3/step on even steps only), a
// validation NDCG@10 every 10 steps, and a test evaluation of 20 samples whose hits are the
// samples `hit` marks, at rank 1 (HR@10 = NDCG@10 = hits / 20).
msl::RunId storeRun(msl::ExperimentStore& store, const std::string& name, const std::string& kind,
                    int steps, const std::function<bool(int)>& hit) {
  msl::RunRecord record;
  record.name = name;
  record.lossKind = kind;
  record.configJson = "{}";
  const msl::RunId id = store.createRun(record);
  store.startRun(id);
  for (int step = 1; step <= steps; ++step) {
    msl::StepMetrics metrics;
    metrics.run = id;
    metrics.step = step;
    metrics.loss = 4.0 / step;
    if (step % 2 == 0) metrics.maskedCrossEntropy = 3.0 / step;
    metrics.wallTime = 1700000000000 + step * 500;
    store.appendStep(metrics);
    if (step % 10 == 0) store.addEvaluation({id, step, "valid", {{"NDCG@10", step / 100.0}}, 8});
  }
  store.flushSteps();
  std::vector<msl::RecommendationRecord> lists;
  int hits = 0;
  for (int sample = 0; sample < 20; ++sample) {
    msl::RecommendationRecord list;
    list.run = id;
    list.step = steps;
    list.split = "test";
    list.sampleIndex = sample;
    list.userId = "u" + std::to_string(sample);
    list.targetItem = sample;
    list.topItems = {hit(sample) ? sample : 100 + sample};
    list.topScores = {-1.0};
    list.rank = hit(sample) ? 1 : msl::RecommendationRecord::kMiss;
    hits += hit(sample);
    lists.push_back(list);
  }
  store.addRecommendations(lists);
  store.addEvaluation({id, steps, "test", {{"HR@10", hits / 20.0}, {"NDCG@10", hits / 20.0}}, 20});
  store.endRun(id, msl::RunStatus::Finished);
  return id;
}

// An LML run of 30 steps and an MSL+ATS run of 20, with no test hit: their curves, not their
// scores, are what a chart test looks at.
QString storeTwoRunsWithoutHits(const QTemporaryDir& dir) {
  const QString path = dir.filePath(QStringLiteral("experiments.sqlite"));
  msl::ExperimentStore store(path.toStdString());
  storeRun(store, "lml", "lml", 30, [](int) { return false; });
  storeRun(store, "ats", "msl_ats", 20, [](int) { return false; });
  return path;
}

int comboIndexOf(QComboBox* combo, const QString& key) {
  return combo->findData(key);
}

}  // namespace

class TestRunsPage : public QObject {
  Q_OBJECT

 private slots:
  void aSupersededReadDeliversNeitherResultNorError() {
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("experiments.sqlite"));
    msl::ExperimentStore(good.toStdString());
    StoreReader reader;
    QSignalSpy listed(&reader, &StoreReader::runsListed);
    QSignalSpy failed(&reader, &StoreReader::failed);
    // A store that cannot be opened, replaced at once by one that can.
    const QString broken = dir.filePath(QStringLiteral("broken.sqlite"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    reader.setStorePath(broken);
    reader.listRuns();
    reader.setStorePath(good);
    reader.listRuns();
    QVERIFY(listed.wait(10000));
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QCoreApplication::processEvents();
    QCOMPARE(listed.count(), 1);
    QCOMPARE(failed.count(), 0);
    // Alone, the bad store's error does reach the page.
    reader.setStorePath(broken);
    reader.listRuns();
    QVERIFY(failed.wait(10000));
  }

  void baselinesAppearBesideTheRuns() {
    QTemporaryDir dir;
    const WorkspaceSnapshot workspace = buildSmallDemo(dir);
    RunsPage page;
    page.setStorePath(dir.filePath(QStringLiteral("experiments.sqlite")));
    QVERIFY(!page.baselinesButton()->isEnabled());  // no dataset yet
    page.setDataDir(workspace.dataDir);
    QVERIFY(page.baselinesButton()->isEnabled());
    QSignalSpy status(&page, &RunsPage::statusMessage);
    QSignalSpy failures(page.findChild<StoreReader*>(), &StoreReader::failed);
    QTest::mouseClick(page.baselinesButton(), Qt::LeftButton);
    // 8 s alone, 20 s beside a build.
    QTRY_VERIFY_WITH_TIMEOUT(page.runModel()->rowCount() == 4 || !failures.isEmpty(), 120000);
    const QString failure = failures.isEmpty() ? QString() : failures.front().front().toString();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QStringList kinds;
    for (int row = 0; row < 4; ++row)
      kinds << page.runModel()->index(row, RunTableModel::KindColumn).data().toString();
    kinds.sort();
    QCOMPARE(kinds, (QStringList{QStringLiteral("markov"), QStringLiteral("popularity"),
                                 QStringLiteral("sasrec"), QStringLiteral("series")}));
    // Their final evaluation fills the NDCG column as an LLM run's does.
    QVERIFY(!page.runModel()->index(0, RunTableModel::LastNdcgColumn).data().toString().isEmpty());
    QTRY_VERIFY(std::any_of(status.begin(), status.end(), [](const QList<QVariant>& arguments) {
      return arguments.front().toString().startsWith(QStringLiteral("Added the baselines"));
    }));
  }

  void listsARunAndOverlaysItsSteps() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("experiments.sqlite"));
    msl::RunId id = 0;
    {
      msl::ExperimentStore store(path.toStdString());
      msl::RunRecord record;
      record.name = "msl-ats-demo";
      record.lossKind = "msl_ats";
      record.configJson = "{}";
      id = store.createRun(record);
      store.startRun(id);
      for (int step = 1; step <= 40; ++step) {
        msl::StepMetrics metrics;
        metrics.run = id;
        metrics.step = step;
        metrics.loss = 4.0 / step;
        metrics.wallTime = 1700000000000 + step * 500;
        store.appendStep(metrics);
      }
      store.endRun(id, msl::RunStatus::Finished);
    }

    RunsPage page;
    page.setStorePath(path);
    QTRY_COMPARE_WITH_TIMEOUT(page.runModel()->rowCount(), 1, 10000);
    QCOMPARE(page.runModel()->index(0, RunTableModel::NameColumn).data().toString(),
             QStringLiteral("msl-ats-demo"));
    QCOMPARE(page.runModel()->index(0, RunTableModel::StatusColumn).data().toString(),
             QStringLiteral("finished"));
    QCOMPARE(page.runModel()->index(0, RunTableModel::LossColumn).data().toDouble(), 0.1);

    page.table()->selectRow(0);
    QTRY_COMPARE_WITH_TIMEOUT(page.lossChart()->series().size(), qsizetype(1), 10000);
    const auto series = page.lossChart()->series().front();
    QCOMPARE(series.values.size(), qsizetype(40));
    QCOMPARE(series.values.front(), 4.0);
    QCOMPARE(series.steps.back(), 40.0);
  }

  // MSL+ATS's objective is τ times the mean row loss; MSL's and LML's objective already is the
  // mean row loss at their τ.
  void theRowLossAtTauUndoesOnlyTheAtsFactor() {
    msl::StepMetrics step;
    step.loss = 6.0;
    step.tau = 3.0;
    const QString key = QStringLiteral("step:row_loss_at_tau");
    QCOMPARE(*stepValue(step, key, "msl_ats"), 2.0);
    QCOMPARE(*stepValue(step, key, "msl"), 6.0);
    QCOMPARE(*stepValue(step, key, "lml"), 6.0);
    QCOMPARE(*stepValue(step, QStringLiteral("step:loss"), "msl_ats"), 6.0);
    QVERIFY(!stepValue(step, QStringLiteral("step:no_such_column"), "lml"));
    QVERIFY(std::any_of(stepQuantities().begin(), stepQuantities().end(),
                        [&](const RunQuantity& quantity) { return quantity.key == key; }));
  }

  void theChartLabelsMnemonicChoosesTheQuantity() {
    RunsPage page;
    const auto labels = page.findChildren<QLabel*>();
    const auto chart = std::find_if(labels.begin(), labels.end(), [](const QLabel* label) {
      return label->text() == QStringLiteral("Ch&art:");
    });
    QVERIFY(chart != labels.end());
    QCOMPARE((*chart)->buddy(), static_cast<QWidget*>(page.quantityChooser()));
  }

  void chartsAnyStoredQuantityOfTheSelectedRuns() {
    QTemporaryDir dir;
    const QString path = storeTwoRunsWithoutHits(dir);
    RunsPage page;
    page.setStorePath(path);
    QTRY_COMPARE_WITH_TIMEOUT(page.runModel()->rowCount(), 2, 10000);
    page.table()->selectAll();
    QTRY_COMPARE_WITH_TIMEOUT(page.lossChart()->series().size(), qsizetype(2), 10000);
    // The τ-free loss: only the steps that measured it.
    QComboBox* quantity = page.quantityChooser();
    quantity->setCurrentIndex(comboIndexOf(quantity, QStringLiteral("step:masked_cross_entropy")));
    QTRY_VERIFY_WITH_TIMEOUT(!page.lossChart()->series().isEmpty() &&
                                 page.lossChart()->series().front().values.size() < 20,
                             10000);
    for (const auto& series : page.lossChart()->series()) {
      QVERIFY2(series.values.size() == 10 || series.values.size() == 15, qPrintable(series.name));
      QCOMPARE(series.steps.front(), 2.0);
      QCOMPARE(series.values.front(), 1.5);
    }
    // Validation NDCG@10 per evaluation, offered because the runs have it.
    const QString ndcg = QStringLiteral("eval:valid:NDCG@10");
    QTRY_VERIFY_WITH_TIMEOUT(comboIndexOf(quantity, ndcg) >= 0, 10000);
    QVERIFY(comboIndexOf(quantity, QStringLiteral("eval:test:HR@10")) >= 0);
    quantity->setCurrentIndex(comboIndexOf(quantity, ndcg));
    QTRY_VERIFY_WITH_TIMEOUT(page.lossChart()->series().size() == 2 &&
                                 page.lossChart()->series().front().values.size() <= 3,
                             10000);
    QStringList points;
    for (const auto& series : page.lossChart()->series()) {
      QStringList steps;
      for (int i = 0; i < series.values.size(); ++i)
        steps << QStringLiteral("%1=%2").arg(series.steps[i]).arg(series.values[i]);
      points << steps.join(QLatin1Char(' '));
    }
    points.sort();
    QCOMPARE(points, (QStringList{QStringLiteral("10=0.1 20=0.2"),
                                  QStringLiteral("10=0.1 20=0.2 30=0.3")}));
    QCOMPARE(quantity->currentData().toString(), ndcg);
  }

  // The figures of docs/results.md: every run selected, one PNG per quantity, named by its key.
  void exportsTheChartOfEachQuantityForEveryRun() {
    QTemporaryDir dir;
    const QString path = storeTwoRunsWithoutHits(dir);
    RunsPage page;
    page.resize(900, 700);
    page.setStorePath(path);
    QSignalSpy exported(&page, &RunsPage::chartsExported);
    page.exportCharts(dir.filePath(QStringLiteral("figures")),
                      {QStringLiteral("step:loss"), QStringLiteral("eval:valid:NDCG@10")});
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 20000);
    const QStringList files = exported.front().front().toStringList();
    QCOMPARE(files, (QStringList{dir.filePath(QStringLiteral("figures/loss.png")),
                                 dir.filePath(QStringLiteral("figures/valid-NDCG@10.png"))}));
    for (const QString& file : files) {
      const QImage image(file);
      QVERIFY2(!image.isNull() && image.width() > 100, qPrintable(file));
    }
    QCOMPARE(page.table()->selectionModel()->selectedRows().size(), 2);
    // The last chart exported is the one shown: both runs' validation NDCG@10.
    QCOMPARE(page.quantityChooser()->currentData().toString(),
             QStringLiteral("eval:valid:NDCG@10"));
    QCOMPARE(page.lossChart()->series().size(), qsizetype(2));
  }

  void comparesTheLatestEvaluationsAgainstAReference() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("experiments.sqlite"));
    msl::RunId popularity = 0, model = 0, unevaluated = 0;
    {
      msl::ExperimentStore store(path.toStdString());
      model = storeRun(store, "msl ats", "msl_ats", 10, [](int s) { return s % 4 == 0; });
      popularity = storeRun(store, "popularity", "popularity", 0, [](int s) { return s < 2; });
      msl::RunRecord record;
      record.name = "never evaluated";
      record.lossKind = "lml";
      record.configJson = "{}";
      unevaluated = store.createRun(record);
    }
    RunsPage page;
    page.setStorePath(path);
    QTRY_COMPARE_WITH_TIMEOUT(page.runModel()->rowCount(), 3, 10000);
    page.table()->selectAll();
    // The popularity baseline is the reference by default.
    QTRY_COMPARE_WITH_TIMEOUT(page.referenceChooser()->currentData().toLongLong(),
                              qlonglong(popularity), 10000);
    QTableWidget* table = page.comparisonTable();
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(table->item(0, 0) != nullptr, 10000);
    const auto rowOf = [&](msl::RunId run) {
      for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text().endsWith(QStringLiteral("(run %1)").arg(run))) return row;
      return -1;
    };
    const int modelRow = rowOf(model), baseRow = rowOf(popularity), emptyRow = rowOf(unevaluated);
    QVERIFY(modelRow >= 0 && baseRow >= 0 && emptyRow >= 0);
    // What mslw compare computes from the same store.
    msl::ExperimentStore store(path.toStdString());
    const auto table_ =
        msl::compareStoredEvaluations(msl::latestStoredEvaluation(store, popularity, "test"),
                                      msl::latestStoredEvaluation(store, model, "test"));
    const auto expected = std::find_if(table_.begin(), table_.end(),
                                       [](const auto& row) { return row.metric == "NDCG@10"; });
    QVERIFY(expected != table_.end());
    QCOMPARE(table->item(modelRow, 7)->text(), QStringLiteral("0.2500"));  // 5 of 20 hits
    QCOMPARE(table->item(modelRow, 8)->text(), QStringLiteral("+0.1500"));
    QCOMPARE(table->item(modelRow, 9)->text(), QString::number(expected->paired.wilcoxonP, 'f', 3));
    QCOMPARE(table->item(baseRow, 8)->text(), QStringLiteral("reference"));
    QCOMPARE(table->item(baseRow, 4)->text(), QStringLiteral("0.1000"));
    // A run without a test evaluation says so, naming the command that makes one.
    QVERIFY2(table->item(emptyRow, 2)->text().contains(QStringLiteral("no stored evaluation")),
             qPrintable(table->item(emptyRow, 2)->text()));
    // Another reference: the differences turn round.
    page.referenceChooser()->setCurrentIndex(page.referenceChooser()->findData(qlonglong(model)));
    Q_EMIT page.referenceChooser()->activated(page.referenceChooser()->currentIndex());
    QTRY_COMPARE_WITH_TIMEOUT(table->item(rowOf(popularity), 8)->text(), QStringLiteral("-0.1500"),
                              10000);
    QCOMPARE(table->item(rowOf(model), 8)->text(), QStringLiteral("reference"));
  }
};

QTEST_MAIN(TestRunsPage)
#include "tst_runs_page.moc"
