// The Recommendations page and the mask inspector's model columns on a small demo workspace with
// tiny random models written in the test: item models pass QAbstractItemModelTester, lists hold
// catalog titles with the hit and the invented titles marked, editing the history changes the
// request, stored evaluations give per-user metrics, and the event loop keeps running while the
// models work.
#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include "evaluation/recommender_session.h"
#include "event_loop_gap.h"
#include "store/experiment_store.h"
#include "support/tiny_model.h"
#include "runs/model_source_resolution.h"
#include "ui/generated_title_model.h"
#include "ui/history_model.h"
#include "ui/invalid_token_model.h"
#include "ui/mask_inspector_page.h"
#include "ui/recommendation_column.h"
#include "ui/recommendation_list_model.h"
#include "ui/recommendations_page.h"
#include "ui/user_list_model.h"
#include "ui/user_metrics_model.h"
#include "ui/valid_token_model.h"
#include "workspace_fixture.h"

using namespace msl::ui;
namespace fs = std::filesystem;

class TestRecommendationsPage : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  WorkspaceSnapshot snapshot_;
  msl::ModelSource modelA_;
  msl::ModelSource modelB_;

  bool inCatalog(const QString& title) const {
    for (const msl::Item& item : snapshot_.layer->dataset.catalog.items())
      if (QString::fromStdString(item.title) == title) return true;
    return false;
  }

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    snapshot_ = buildSmallDemo(dir_);
    QVERIFY(snapshot_.layer);
    const fs::path root = dir_.path().toStdString();
    const fs::path tokenizer = root / "tokenizer" / "tokenizer.json";
    QVERIFY2(fs::exists(tokenizer), tokenizer.c_str());
    msl::testing::writeTinyModel(root / "model-a", tokenizer, 1);
    msl::testing::writeTinyModel(root / "model-b", tokenizer, 2);
    modelA_.checkpoint = (root / "model-a").string();
    modelB_.checkpoint = (root / "model-b").string();
  }

  void twoModelsSideBySide() {
    RecommendationsPage page;
    QAbstractItemModelTester users(page.userModel());
    QAbstractItemModelTester proxy(page.userProxy());
    QAbstractItemModelTester history(page.historyModel());
    QAbstractItemModelTester listA(page.column(0)->listModel());
    QAbstractItemModelTester listB(page.column(1)->listModel());
    QAbstractItemModelTester generatedA(page.column(0)->generatedModel());
    page.showSnapshot(snapshot_);
    QVERIFY(page.userModel()->rowCount() > 0);
    QVERIFY(!page.historyModel()->items().empty());

    QSignalSpy shownA(page.column(0), &RecommendationColumn::outcomeShown);
    QSignalSpy shownB(page.column(1), &RecommendationColumn::outcomeShown);
    page.column(0)->loadModel(modelA_);
    page.column(1)->loadModel(modelB_);
    QTRY_VERIFY_WITH_TIMEOUT(shownA.count() > 0 && shownB.count() > 0, 30000);

    const RecommendationRequest request = page.currentRequest();
    QCOMPARE(page.column(0)->lastRequest(), std::optional<RecommendationRequest>(request));
    const QString target =
        QString::fromStdString(snapshot_.layer->dataset.catalog.title(*request.target));
    QVERIFY2(page.groundTruthText().contains(target), qPrintable(page.groundTruthText()));
    for (int side = 0; side < 2; ++side) {
      RecommendationListModel* list = page.column(side)->listModel();
      QCOMPARE(list->rowCount(), int(request.beams));
      std::optional<std::size_t> hit;
      for (int row = 0; row < list->rowCount(); ++row) {
        const QString title =
            list->index(row, RecommendationListModel::TitleColumn).data().toString();
        QVERIFY2(inCatalog(title), qPrintable(title));
        if (title == target) hit = std::size_t(row);
        QCOMPARE(list->index(row, 0).data(RecommendationListModel::HitRole).toBool(),
                 title == target);
      }
      QCOMPARE(list->hitRow(), hit);
      QVERIFY2(page.column(side)->rankText().contains(hit ? QStringLiteral("rank %1").arg(*hit + 1)
                                                          : QStringLiteral("not in the top")),
               qPrintable(page.column(side)->rankText()));
      GeneratedTitleModel* generated = page.column(side)->generatedModel();
      QCOMPARE(generated->rowCount(), int(request.generations));
      for (int row = 0; row < generated->rowCount(); ++row) {
        const QModelIndex index = generated->index(row, GeneratedTitleModel::TitleColumn);
        QString title = index.data().toString();
        if (title.endsWith(QStringLiteral("…"))) title.chop(1);
        QCOMPARE(index.data(GeneratedTitleModel::InCatalogRole).toBool(), inCatalog(title));
      }
    }
    // Different weights, different lists.
    QStringList titlesA;
    QStringList titlesB;
    for (int row = 0; row < int(request.beams); ++row) {
      titlesA << page.column(0)->listModel()->index(row, 1).data().toString();
      titlesB << page.column(1)->listModel()->index(row, 1).data().toString();
    }
    QVERIFY(titlesA != titlesB);

    // The same list the façade gives for the request.
    auto session = msl::RecommenderSession::open(msl::resolveModelSource(modelA_),
                                                 snapshot_.dataDir.toStdString());
    const auto expected = session->recommend(request.history, request.beams, request.variant);
    for (int row = 0; row < int(expected.size()); ++row)
      QCOMPARE(titlesA[row], QString::fromStdString(expected[std::size_t(row)].title));
  }

  void editingTheHistoryChangesTheRequest() {
    RecommendationsPage page;
    QAbstractItemModelTester history(page.historyModel());
    page.showSnapshot(snapshot_);
    QSignalSpy shown(page.column(0), &RecommendationColumn::outcomeShown);
    page.column(0)->loadModel(modelA_);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 30000);
    const std::vector<msl::ItemId> original = page.currentRequest().history;
    QVERIFY(original.size() >= 2);

    QVERIFY(page.removeHistoryItem(0));
    std::vector<msl::ItemId> expected(original.begin() + 1, original.end());
    QCOMPARE(page.currentRequest().history, expected);
    QTRY_VERIFY_WITH_TIMEOUT(
        page.column(0)->lastRequest() && page.column(0)->lastRequest()->history == expected, 5000);

    const msl::ItemId added = snapshot_.layer->dataset.catalog.items().back().id;
    QVERIFY(page.appendHistoryItem(added));
    expected.push_back(added);
    QCOMPARE(page.currentRequest().history, expected);
    QVERIFY(!page.appendHistoryItem(987654321));  // not in the catalog
    QCOMPARE(page.currentRequest().history, expected);
    const int before = shown.count();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > before, 30000);
    QCOMPARE(page.column(0)->lastRequest()->history, expected);

    page.resetHistory();
    QCOMPARE(page.currentRequest().history, original);
  }

  void searchSelectsUsers() {
    RecommendationsPage page;
    page.showSnapshot(snapshot_);
    const QString user =
        page.userModel()->index(page.userModel()->rowCount() - 1, 0).data().toString();
    page.userSearch()->setText(user);
    QVERIFY(page.userProxy()->rowCount() >= 1);
    for (int row = 0; row < page.userProxy()->rowCount(); ++row)
      QVERIFY(
          page.userProxy()->index(row, 0).data().toString().contains(user, Qt::CaseInsensitive));
    QVERIFY(page.selectUser(user));
    QVERIFY2(page.groundTruthText().contains(user), qPrintable(page.groundTruthText()));
    QVERIFY(!page.selectUser(QStringLiteral("no such user")));
  }

  void neverBlocksWhileModelsWork() {
    RecommendationsPage page;
    page.showSnapshot(snapshot_);
    page.setSearch(20, 10);
    QSignalSpy shownA(page.column(0), &RecommendationColumn::outcomeShown);
    QSignalSpy shownB(page.column(1), &RecommendationColumn::outcomeShown);
    page.column(0)->loadModel(modelA_);
    page.column(1)->loadModel(modelB_);
    // Wide beams and many unconstrained generations: seconds of model work per request.
    EventLoopGap measure;
    QTRY_VERIFY_WITH_TIMEOUT(shownA.count() > 0 && shownB.count() > 0, 60000);
    const qint64 gap = measure.stop();
    const double modelSeconds = page.column(0)->lastSeconds() + page.column(1)->lastSeconds();
    qInfo("longest event-loop gap %lld ms while the models worked %.2f s", gap, modelSeconds);
    // The goal is < 100 ms (printed above); the bound is one only a real regression (the model
    // run on the GUI thread, which would stall for the whole model time) crosses on a shared
    // machine, and the model time must dwarf the gap.
    QVERIFY2(gap < 250, qPrintable(QString::number(gap)));
    QVERIFY(modelSeconds * 1000 > 2.0 * double(gap));
  }

  void perUserMetricsFromAStoredEvaluation() {
    const std::string storePath = (fs::path(dir_.path().toStdString()) / "store.sqlite").string();
    msl::RunId run = 0;
    std::vector<msl::SampleRank> ranks;
    {
      msl::ExperimentStore store(storePath);
      msl::RunRecord record;
      record.name = "evaluated";
      record.configJson = "{}";
      run = store.createRun(record);
      msl::EvaluationMetrics metrics;
      metrics.run = run;
      metrics.step = 40;
      metrics.split = "test";
      metrics.metrics = {{"NDCG@10", 0.1}};
      metrics.samples = 12;
      store.addEvaluation(metrics);
      std::vector<msl::RecommendationRecord> records;
      for (int i = 0; i < 12; ++i) {
        msl::RecommendationRecord top;
        top.run = run;
        top.step = 40;
        top.split = "test";
        top.sampleIndex = i;
        top.userId = "u" + std::to_string(i % 5);
        top.targetItem = i + 1;
        top.rank = i % 3 == 0 ? msl::RecommendationRecord::kMiss : (i % 4) + 1;
        top.topItems = {1, 2, 3, 4};
        top.topScores = {-0.1, -0.2, -0.3, -0.4};
        records.push_back(top);
        msl::SampleRank rank;
        rank.sampleIndex = i;
        rank.userId = top.userId;
        if (top.rank != msl::RecommendationRecord::kMiss) rank.rank = std::size_t(top.rank - 1);
        ranks.push_back(rank);
      }
      store.addRecommendations(records);
    }
    RecommendationsPage page;
    QAbstractItemModelTester tester(page.userMetricsModel());
    QSignalSpy shown(&page, &RecommendationsPage::userMetricsShown);
    page.showStoredUserMetrics(QString::fromStdString(storePath), run, std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
    const auto expected = msl::perUserMetrics(ranks);
    QCOMPARE(page.userMetricsModel()->rowCount(), int(expected.size()));
    for (std::size_t i = 0; i < expected.size(); ++i) {
      const QModelIndex row = page.userMetricsModel()->index(int(i), 0);
      QCOMPARE(row.data().toString(), QString::fromStdString(expected[i].userId));
      QCOMPARE(row.siblingAtColumn(UserMetricsModel::NdcgColumn).data(Qt::UserRole).toDouble(),
               expected[i].ndcgAt10);
    }
    QVERIFY2(page.userMetricsStatus().contains(QStringLiteral("step 40")),
             qPrintable(page.userMetricsStatus()));

    page.showStoredUserMetrics(QString::fromStdString(storePath), run, 41);
    QTRY_VERIFY_WITH_TIMEOUT(page.userMetricsStatus().contains(QStringLiteral("no evaluation")),
                             10000);
    QVERIFY(page.userMetricsStatus().contains(QStringLiteral("step 41")));
  }

  void maskInspectorShowsModelProbabilities() {
    MaskInspectorPage page;
    QAbstractItemModelTester valid(page.validTokenModel());
    QAbstractItemModelTester invalid(page.invalidTokenModel());
    page.showSnapshot(snapshot_);
    QSignalSpy shown(&page, &MaskInspectorPage::probabilitiesShown);
    page.loadModel(modelA_);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 30000);
    const std::size_t sample = *page.currentSample();
    const msl::TargetMasks& masks = snapshot_.layer->masks;
    for (std::size_t position = 0; position < masks.targetLength(sample); ++position) {
      page.selectPosition(position);
      ValidTokenModel* model = page.validTokenModel();
      QCOMPARE(std::size_t(model->rowCount()), masks.validCount(sample, position));
      double masked = 0;
      double full = 0;
      for (int row = 0; row < model->rowCount(); ++row) {
        masked += model->index(row, ValidTokenModel::MaskedColumn).data(Qt::UserRole).toDouble();
        full += model->index(row, ValidTokenModel::FullColumn).data(Qt::UserRole).toDouble();
      }
      QVERIFY2(std::abs(masked - 1) < 1e-6, qPrintable(QString::number(masked)));
      QVERIFY(full > 0 && full <= 1 + 1e-9);
      QVERIFY(page.invalidTokenModel()->rowCount() > 0);
      QVERIFY2(page.modelSummaryText().contains(QStringLiteral("Position %1").arg(position)),
               qPrintable(page.modelSummaryText()));
    }
    // Another sample: the probabilities follow it, the old ones are not shown meanwhile.
    page.selectSample(1);
    QCOMPARE(page.validTokenModel()->index(0, ValidTokenModel::MaskedColumn).data().toString(),
             QString());
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 1 && shown.last().first().value<std::size_t>() == 1,
                             30000);
  }
};

QTEST_MAIN(TestRecommendationsPage)
#include "tst_recommendations_page.moc"
