#include <QAbstractItemModelTester>
#include <QTest>

#include "ui/branching_node_model.h"
#include "ui/item_table_model.h"
#include "ui/run_table_model.h"
#include "ui/sample_list_model.h"
#include "ui/valid_token_model.h"
#include "workspace_fixture.h"

using namespace msl::ui;

class TestItemModels : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    snapshot_ = buildSmallDemo(dir_);
    QVERIFY(snapshot_.layer);
  }

  void itemTable() {
    ItemTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(snapshot_);
    QCOMPARE(model.rowCount(), 150);
    QCOMPARE(model.index(0, ItemTableModel::IdColumn).data().toLongLong(),
             snapshot_.layer->dataset.catalog.items()[0].id);
    const auto& first = snapshot_.layer->dataset.catalog.items()[0];
    QCOMPARE(model.index(0, ItemTableModel::TokensColumn).data().toULongLong(),
             snapshot_.layer->catalogTrie.targetTokens(first.id).size() - 1);
  }

  void sampleList() {
    SampleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(snapshot_);
    QCOMPARE(std::size_t(model.rowCount()), snapshot_.layer->samples().size());
    const msl::Sample& sample = snapshot_.layer->samples()[2];
    QCOMPARE(model.index(2, SampleListModel::UserColumn).data().toString().toStdString(),
             sample.userId);
  }

  void validTokens() {
    ValidTokenModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPosition(snapshot_, 1, 0);
    QCOMPARE(std::size_t(model.rowCount()), snapshot_.layer->masks.validCount(1, 0));
    int targets = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
      targets += !model.index(row, ValidTokenModel::TargetColumn).data().toString().isEmpty();
    }
    QCOMPARE(targets, 1);  // the target's own first token is among the valid ones, once
    model.clear();
    QCOMPARE(model.rowCount(), 0);
  }

  void branchingNodes() {
    BranchingNodeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNodes(snapshot_.trieOverview.largestBranching);
    QVERIFY(model.rowCount() > 0);
    // The root branches into the first-position valid tokens (n).
    QCOMPARE(snapshot_.trieOverview.largestBranching.front().children, snapshot_.trie.maxBranching);
    std::size_t nodes = 0;
    for (std::size_t count : snapshot_.trieOverview.nodesPerDepth) nodes += count;
    QCOMPARE(nodes, snapshot_.layer->catalogTrie.trie().nodeCount());
  }

  void runTable() {
    RunTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    msl::RunSummary summary;
    summary.run.id = 7;
    summary.run.name = "msl+ats";
    summary.run.status = msl::RunStatus::Finished;
    summary.lastLoss = 1.25;
    summary.bestNdcgAt10 = 0.031;
    summary.durationMs = 3723000;
    msl::RunSummary other;
    other.run.id = 8;
    other.run.name = "lml";
    model.setRuns({summary, other});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, RunTableModel::LossColumn).data().toDouble(), 1.25);
    QCOMPARE(model.index(0, RunTableModel::StatusColumn).data().toString(),
             QStringLiteral("finished"));
    QCOMPARE(model.index(0, RunTableModel::DurationColumn).data().toString(),
             QStringLiteral("1:02:03"));
    QVERIFY(!model.index(1, RunTableModel::LossColumn).data().isValid());
    QCOMPARE(model.index(1, 0).data(RunTableModel::RunIdRole).toLongLong(), 8);
  }

 private:
  QTemporaryDir dir_;
  WorkspaceSnapshot snapshot_;
};

QTEST_MAIN(TestItemModels)
#include "tst_item_models.moc"
