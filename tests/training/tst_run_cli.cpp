// `mslw eval --run`, `mslw recommend --run` and `mslw compare` through the binary, on two tiny
// runs trained in the test (full fine-tuning and LoRA) on a synthetic catalog.
#include <QtTest/QtTest>

#include <set>

#include "cli_process.h"
#include "store/experiment_store.h"
#include "training/trainer.h"
#include "training_fixture.h"

namespace {

QString q(const std::string& text) {
  return QString::fromStdString(text);
}

bool contains(const QByteArray& text, const char* part) {
  return text.contains(part);
}

}  // namespace

class TestRunCli : public QObject {
  Q_OBJECT

  std::unique_ptr<TrainingFixture> fixture_;
  msl::RunId full_ = 0, lora_ = 0;
  QString store_;

  CliRun mslw(QStringList arguments) {
    arguments << "--store" << store_;
    return runMslw(arguments);
  }

 private Q_SLOTS:
  void initTestCase() {
    fixture_ = std::make_unique<TrainingFixture>();
    store_ = q(fixture_->storePath());
    msl::RunConfig config = fixture_->tinyRun();
    config.training.maxSteps = 4;
    config.training.checkpointEvery = 2;
    const auto full = msl::trainBlocking({config, fixture_->storePath(), {}});
    QVERIFY2(full.status == msl::RunStatus::Finished, full.message.c_str());
    full_ = full.run;
    config.name = "lora";
    config.loss.kind = "lml";
    config.lora.enabled = true;
    config.optimizer.learningRate = 1e-2;
    const auto lora = msl::trainBlocking({config, fixture_->storePath(), {}});
    QVERIFY2(lora.status == msl::RunStatus::Finished, lora.message.c_str());
    lora_ = lora.run;
  }

  void aWorkspaceDatasetRecordsInTheWorkspaceStore() {
    // The demo's layout: <workspace>/data beside <workspace>/experiments.sqlite.
    QTemporaryDir home;
    const std::filesystem::path workspace = home.filePath("workspace").toStdString();
    writeCliTestDataset(workspace / "data");
    const std::string store = (workspace / "experiments.sqlite").string();
    { msl::ExperimentStore created(store); }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove("MSLW_STORE");
    environment.insert("XDG_DATA_HOME", home.filePath("xdg"));
    const auto run = runMslw({"baseline", "popularity", "--data", q((workspace / "data").string()),
                              "--record", "--json"},
                             300000, environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    msl::ExperimentStore recorded(store);
    const auto runs = recorded.listRuns();
    QCOMPARE(runs.size(), std::size_t(1));
    QCOMPARE(runs.front().run.lossKind, std::string("popularity"));
    QVERIFY2(!QFile::exists(home.filePath("xdg/msl-workbench/experiments.sqlite")),
             "the run went to the default store instead of the workspace's");
  }

  void evalRunRecordsInTheRun() {
    const auto run = mslw({"eval", "--run", QString::number(full_), "--beams", "5", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const auto report = run.json();
    QCOMPARE(report["step"].get<std::int64_t>(), std::int64_t(4));  // the latest checkpoint
    const auto testSize = static_cast<std::int64_t>(fixture_->dataset.split("test").size());
    QCOMPARE(report["samples"].get<std::int64_t>(), testSize);
    for (const char* name : {"HR@10", "NDCG@10", "MRR"}) {
      const double value = report[name].get<double>();
      QVERIFY(value >= 0 && value <= 1);
    }
    msl::ExperimentStore store(fixture_->storePath());
    const auto evaluations = store.evaluations(full_);
    QCOMPARE(evaluations.size(), std::size_t(1));
    QCOMPARE(evaluations[0].step, std::int64_t(4));
    QCOMPARE(evaluations[0].split, std::string("test"));
    QCOMPARE(evaluations[0].metrics.at("NDCG@10"), report["NDCG@10"].get<double>());
    QCOMPARE(static_cast<std::int64_t>(store.recommendations({full_, 4, "test", {}}).size()),
             testSize);
  }

  void evalRunUsesTheTrainedWeights() {
    // The run's own base/ folder holds the untrained model: its scores must differ.
    msl::ExperimentStore store(fixture_->storePath());
    const auto base =
        std::filesystem::path(store.latestGoodCheckpoint(full_)->path).parent_path() / "base";
    const auto untrained =
        mslw({"eval", "--ckpt", q(base.string()), "--data", q(fixture_->dataDir().string()),
              "--limit", "4", "--beams", "5", "--json"});
    QVERIFY2(untrained.exitCode == 0, untrained.err.constData());
    const auto trained = mslw({"eval", "--run", QString::number(full_), "--step", "2", "--limit",
                               "4", "--beams", "5", "--json"});
    QVERIFY2(trained.exitCode == 0, trained.err.constData());
    QCOMPARE(trained.json()["step"].get<std::int64_t>(), std::int64_t(2));
    msl::ExperimentStore after(fixture_->storePath());
    msl::RunId baseRun = 0;  // `mslw eval --ckpt --store` records a run of its own
    for (const auto& summary : after.listRuns())
      if (summary.run.name.rfind("eval ", 0) == 0) baseRun = summary.run.id;
    QVERIFY(baseRun != 0);
    const auto baseRecords = after.recommendations({baseRun, 0, "test", {}});
    const auto trainedRecords = after.recommendations({full_, 2, "test", {}});
    QCOMPARE(baseRecords.size(), std::size_t(4));
    QCOMPARE(trainedRecords.size(), std::size_t(4));
    QVERIFY(baseRecords[0].topScores != trainedRecords[0].topScores);
  }

  void evalRunWithUnknownStepListsTheSteps() {
    const auto run = mslw({"eval", "--run", QString::number(full_), "--step", "3"});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(contains(run.err, "no checkpoint on disk at step 3") &&
                 contains(run.err, "checkpoints at steps: 2, 4"),
             run.err.constData());
  }

  void loraRunEvaluatesAndRecommends() {
    const auto eval =
        mslw({"eval", "--run", QString::number(lora_), "--limit", "6", "--beams", "5", "--json"});
    QVERIFY2(eval.exitCode == 0, eval.err.constData());
    const auto evalReport = eval.json();
    QCOMPARE(evalReport["samples"].get<std::int64_t>(), std::int64_t(6));
    QVERIFY(evalReport["seconds"].get<double>() > 0);  // the results script reports it

    // recommend takes the user's last sample of the split.
    const auto& test = fixture_->dataset.split("test");
    const std::string user = test.front().userId;
    const msl::Sample* sample = nullptr;
    for (const auto& candidate : test)
      if (candidate.userId == user) sample = &candidate;
    const auto recommend = mslw({"recommend", "--run", QString::number(lora_), "--user", q(user),
                                 "--beams", "5", "--json"});
    QVERIFY2(recommend.exitCode == 0, recommend.err.constData());
    const auto report = recommend.json();
    QCOMPARE(report["recommendations"].size(), std::size_t(5));
    std::set<std::string> titles;
    for (const auto& entry : report["recommendations"]) {
      const auto title = entry["title"].get<std::string>();
      QCOMPARE(fixture_->dataset.catalog.title(entry["items"][0].get<msl::ItemId>()), title);
      titles.insert(title);
    }
    QCOMPARE(titles.size(), std::size_t(5));  // distinct titles
    QCOMPARE(report["target"]["item"].get<msl::ItemId>(), sample->target());
  }

  void compareNeedsTheSameSamples() {
    // Run A holds the whole test split (step 4), run B only 6 samples: no pairing.
    const auto mismatch = mslw({"compare", QString::number(full_), QString::number(lora_)});
    QVERIFY(mismatch.exitCode != 0);
    QVERIFY2(contains(mismatch.err, "evaluated different samples of split test"),
             mismatch.err.constData());
    const auto missing =
        mslw({"compare", QString::number(full_), QString::number(lora_), "--split", "valid"});
    QVERIFY(missing.exitCode != 0);
    QVERIFY2(contains(missing.err, "no stored evaluation of split 'valid'"),
             missing.err.constData());
  }

  void comparePairsTwoRuns() {
    const auto eval = mslw({"eval", "--run", QString::number(lora_), "--beams", "5", "--json"});
    QVERIFY2(eval.exitCode == 0, eval.err.constData());
    const auto run = mslw({"compare", QString::number(full_), QString::number(lora_), "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const auto report = run.json();
    QCOMPARE(report["a"]["run"].get<msl::RunId>(), full_);
    QCOMPARE(report["b"]["step"].get<std::int64_t>(), std::int64_t(4));
    msl::ExperimentStore store(fixture_->storePath());
    const auto a = store.evaluations(full_).back();
    const auto b = store.evaluations(lora_).back();
    std::set<std::string> seen;
    for (const auto& row : report["metrics"]) {
      const auto metric = row["metric"].get<std::string>();
      seen.insert(metric);
      // Means recomputed from the per-sample ranks equal the stored metrics.
      QVERIFY(std::abs(row["a"].get<double>() - a.metrics.at(metric)) < 1e-12);
      QVERIFY(std::abs(row["b"].get<double>() - b.metrics.at(metric)) < 1e-12);
      if (!row.contains("t_test_p")) continue;
      for (const char* p : {"t_test_p", "sign_test_p", "wilcoxon_p"})
        QVERIFY(row[p].get<double>() >= 0 && row[p].get<double>() <= 1);
      QCOMPARE(row["b_better"].get<std::size_t>() + row["a_better"].get<std::size_t>() +
                   row["ties"].get<std::size_t>(),
               fixture_->dataset.split("test").size());
    }
    for (const char* metric : {"HR@1", "HR@5", "HR@10", "NDCG@1", "NDCG@5", "NDCG@10", "MRR"})
      QVERIFY2(seen.count(metric), metric);

    const auto text = mslw({"compare", QString::number(full_), QString::number(lora_)});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY(contains(text.out, "NDCG@10") && contains(text.out, "Wilcoxon p"));
  }
};

QTEST_GUILESS_MAIN(TestRunCli)
#include "tst_run_cli.moc"
