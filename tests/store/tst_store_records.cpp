// Every record type survives a round trip through the store; incremental step queries, run
// summaries, rename, delete cascade, config comparison and the step flush policy.
#include <QTemporaryDir>
#include <QtTest>

#include <SQLiteCpp/Database.h>

#include "common/error.h"
#include "store/experiment_store.h"

namespace {

msl::RunRecord sampleRun(const std::string& name, const std::string& config) {
  msl::RunRecord run;
  run.name = name;
  run.configJson = config;
  run.dataset = {"/data/amazon_books", "sha256:aa"};
  run.checkpoint = {"/models/tiny", "sha256:bb"};
  run.lossKind = "msl_ats";
  run.createdAt = 1700000000000;
  return run;
}

msl::StepMetrics sampleStep(msl::RunId run, std::int64_t step) {
  msl::StepMetrics metrics;
  metrics.run = run;
  metrics.step = step;
  metrics.epoch = step * 0.25;
  metrics.loss = 3.0 / step;
  metrics.tau = 1.5 + step * 0.01;
  metrics.tauRaw = 2.0 + step * 0.01;
  metrics.muPos = 4.0;
  metrics.muNeg = -1.0;
  metrics.varNeg = 2.5;
  metrics.firstPositionCount = 64;
  metrics.gradNorm = 0.75;
  metrics.learningRate = 1e-4;
  metrics.tokensPerSecond = 1234.5;
  metrics.samplesPerSecond = 12.5;
  if (step % 2 == 0) metrics.invalidMass = 0.375;
  metrics.wallTime = 1700000000000 + step;
  metrics.moduleGradNorms = {{"layers.0.q_proj", 0.5}, {"layers.0.v_proj", 0.25 * step}};
  if (step == 3) metrics.moduleGradNorms["lm_head"] = 2.0;  // a module seen late
  if (step == 3) metrics.moduleGradNorms["embed"] = 0.1;    // not exact in float32
  return metrics;
}

}  // namespace

class TestStoreRecords : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  int counter_ = 0;

  std::string freshPath() {
    return dir_.filePath(QString("s%1.sqlite").arg(++counter_)).toStdString();
  }

 private Q_SLOTS:
  void runRoundTrip() {
    msl::ExperimentStore store(freshPath());
    const msl::RunId parent = store.createRun(sampleRun("parent", R"({"a":1})"));
    msl::RunRecord child = sampleRun("child, \"resumed\"", R"({"a":2})");
    child.parentRunId = parent;
    const msl::RunId id = store.createRun(child);
    msl::RunRecord stored = store.run(id);
    QCOMPARE(stored.id, id);
    QCOMPARE(stored.name, child.name);
    QCOMPARE(stored.configJson, child.configJson);
    QVERIFY(stored.dataset == child.dataset);
    QVERIFY(stored.checkpoint == child.checkpoint);
    QCOMPARE(stored.lossKind, std::string("msl_ats"));
    QCOMPARE(stored.status, msl::RunStatus::Created);
    QCOMPARE(stored.createdAt, child.createdAt);
    QCOMPARE(*stored.parentRunId, parent);
    QVERIFY(!stored.startedAt && !stored.finishedAt);

    store.startRun(id);
    stored = store.run(id);
    QCOMPARE(stored.status, msl::RunStatus::Running);
    QVERIFY(stored.startedAt && stored.heartbeatAt);
    store.pauseRun(id);
    QCOMPARE(store.run(id).status, msl::RunStatus::Paused);
    store.endRun(id, msl::RunStatus::Failed, "NaN loss at step 7 (batch 3)");
    stored = store.run(id);
    QCOMPARE(stored.status, msl::RunStatus::Failed);
    QCOMPARE(stored.failureMessage, std::string("NaN loss at step 7 (batch 3)"));
    QVERIFY(stored.finishedAt && *stored.finishedAt >= *stored.startedAt);
    QVERIFY_THROWS_EXCEPTION(msl::Error, store.endRun(id, msl::RunStatus::Paused));
    QVERIFY(!store.findRun(id + 100).has_value());
  }

  void movedCheckpointKeepsItsHash() {
    msl::ExperimentStore store(freshPath());
    const msl::RunId id = store.createRun(sampleRun("created model", "{}"));
    const msl::RunRecord before = store.run(id);
    store.moveRunCheckpoint(id, "runs/run-1/base");
    const msl::RunRecord after = store.run(id);
    QCOMPARE(after.checkpoint.path, std::string("runs/run-1/base"));
    QCOMPARE(after.checkpoint.hash, before.checkpoint.hash);
    QVERIFY_THROWS_EXCEPTION(msl::Error, store.moveRunCheckpoint(id + 1, "elsewhere"));
  }

  void stepRoundTripAndIncrementalQueries() {
    msl::ExperimentStoreOptions options;
    options.stepFlush.maxSteps = 4;
    options.stepFlush.maxDelay = std::chrono::hours(1);
    msl::ExperimentStore store(freshPath(), options);
    const msl::RunId run = store.createRun(sampleRun("steps", "{}"));
    store.startRun(run);
    for (int step = 1; step <= 3; ++step) store.appendStep(sampleStep(run, step));
    QCOMPARE(store.bufferedSteps(), std::size_t{3});
    QVERIFY2(store.stepsAfter(run, 0).empty(), "steps are written only when a batch is full");
    store.appendStep(sampleStep(run, 4));
    QCOMPARE(store.bufferedSteps(), std::size_t{0});
    auto steps = store.stepsAfter(run, 0);
    QCOMPARE(steps.size(), std::size_t{4});

    const msl::StepMetrics expected = sampleStep(run, 3);
    const msl::StepMetrics& got = steps[2];
    QCOMPARE(got.step, expected.step);
    QCOMPARE(got.epoch, expected.epoch);
    QCOMPARE(got.loss, expected.loss);
    QCOMPARE(got.tau, expected.tau);
    QCOMPARE(got.tauRaw, expected.tauRaw);
    QCOMPARE(got.muPos, expected.muPos);
    QCOMPARE(got.muNeg, expected.muNeg);
    QCOMPARE(got.varNeg, expected.varNeg);
    QCOMPARE(got.firstPositionCount, expected.firstPositionCount);
    QCOMPARE(got.gradNorm, expected.gradNorm);
    QCOMPARE(got.learningRate, expected.learningRate);
    QCOMPARE(got.tokensPerSecond, expected.tokensPerSecond);
    QCOMPARE(got.samplesPerSecond, expected.samplesPerSecond);
    QVERIFY(!msl::isMeasured(got.invalidMass));
    QCOMPARE(steps[3].invalidMass, 0.375);
    QCOMPARE(got.wallTime, expected.wallTime);
    // Module norms are float32 on disk.
    QCOMPARE(got.moduleGradNorms.size(), std::size_t{4});
    QCOMPARE(got.moduleGradNorms.at("embed"), 0.1);  // read back as the float's decimal form
    QCOMPARE(got.moduleGradNorms.at("layers.0.v_proj"), 0.75);
    QCOMPARE(got.moduleGradNorms.at("lm_head"), 2.0);
    QCOMPARE(steps[0].moduleGradNorms.count("lm_head"), std::size_t{0});

    // Polling: only what is newer than the last step seen.
    store.appendStep(sampleStep(run, 5));
    store.pauseRun(run);  // flushes the partial batch
    steps = store.stepsAfter(run, 4);
    QCOMPARE(steps.size(), std::size_t{1});
    QCOMPARE(steps[0].step, std::int64_t{5});
    QCOMPARE(store.stepsAfter(run, 1, 2).size(), std::size_t{2});
    QCOMPARE(store.stepsAfter(run, 1, 2).back().step, std::int64_t{3});
    QVERIFY(store.stepsAfter(run, 5).empty());

    // A resumed run repeating a step replaces it.
    msl::StepMetrics repeated = sampleStep(run, 5);
    repeated.loss = 0.125;
    store.appendStep(repeated);
    store.flushSteps();
    QCOMPARE(store.stepsAfter(run, 4).at(0).loss, 0.125);
  }

  void stepsFlushAfterDelay() {
    msl::StepBuffer buffer({100, std::chrono::milliseconds(500)});
    const auto start = msl::StepBuffer::Clock::now();
    QVERIFY(!buffer.add(sampleStep(1, 1), start));
    QVERIFY(!buffer.due(start + std::chrono::milliseconds(499)));
    QVERIFY(buffer.due(start + std::chrono::milliseconds(500)));
    QCOMPARE(buffer.take().size(), std::size_t{1});
    QVERIFY(!buffer.due(start + std::chrono::hours(1)));
  }

  void evaluationsRecommendationsCheckpointsLogs() {
    msl::ExperimentStore store(freshPath());
    const msl::RunId run = store.createRun(sampleRun("evals", "{}"));
    store.addEvaluation({run, 10, "valid", {{"NDCG@10", 0.1}, {"HR@10", 0.2}}, 500});
    store.addEvaluation({run, 20, "valid", {{"NDCG@10", 0.3}, {"HR@10", 0.4}}, 500});
    store.addEvaluation({run, 30, "valid", {{"NDCG@10", 0.25}, {"HR@10", 0.35}}, 500});
    store.addEvaluation({run, 30, "test", {{"NDCG@10", 0.9}}, 1000});
    const auto series = store.evaluations(run);
    QCOMPARE(series.size(), std::size_t{4});
    QCOMPARE(series[1].step, std::int64_t{20});
    QCOMPARE(series[1].metrics.at("HR@10"), 0.4);
    QCOMPARE(series[2].split, std::string("test"));
    QCOMPARE(series[2].samples, std::int64_t{1000});

    msl::RecommendationRecord hit{
        run, 30, "test", 0, "user-7", 42, 2, {11, 42, 13}, {-0.1, -0.7, -2.5}};
    msl::RecommendationRecord miss{
        run, 30, "test", 1, "user-8", 99, msl::RecommendationRecord::kMiss, {5, 6}, {-1.0, -1.5}};
    msl::RecommendationRecord earlier{run, 10, "test", 0, "user-7", 42, -1, {1}, {-3.0}};
    store.addRecommendations({hit, miss, earlier});
    const auto atStep = store.recommendations({run, 30, std::string("test"), std::nullopt});
    QCOMPARE(atStep.size(), std::size_t{2});
    QCOMPARE(atStep[0].userId, std::string("user-7"));
    QCOMPARE(atStep[0].topItems, (std::vector<std::int64_t>{11, 42, 13}));
    QCOMPARE(atStep[0].topScores, (std::vector<double>{-0.1, -0.7, -2.5}));
    QCOMPARE(atStep[0].rank, std::int64_t{2});
    QCOMPARE(atStep[1].rank, msl::RecommendationRecord::kMiss);
    const auto ofUser = store.recommendations({run, std::nullopt, std::nullopt, "user-7"});
    QCOMPARE(ofUser.size(), std::size_t{2});
    QCOMPARE(ofUser[0].step, std::int64_t{10});
    msl::RecommendationRecord broken = hit;
    broken.topScores.pop_back();
    QVERIFY_THROWS_EXCEPTION(msl::Error, store.addRecommendations({broken}));

    QTemporaryDir checkpointDir;
    const std::string existing = checkpointDir.filePath("step-20").toStdString();
    QVERIFY(QDir().mkpath(QString::fromStdString(existing)));
    store.addCheckpoint({run, 10, 0.5, checkpointDir.filePath("step-10").toStdString(),
                         msl::CheckpointKind::Step, 100, 5});
    store.addCheckpoint({run, 20, 1.0, existing, msl::CheckpointKind::Epoch, 200, 6});
    store.addCheckpoint({run, 30, 1.5, checkpointDir.filePath("gone").toStdString(),
                         msl::CheckpointKind::Final, 300, 7});
    const auto checkpoints = store.checkpoints(run);
    QCOMPARE(checkpoints.size(), std::size_t{3});
    QCOMPARE(checkpoints[1].kind, msl::CheckpointKind::Epoch);
    QCOMPARE(checkpoints[1].bytes, std::int64_t{200});
    QCOMPARE(checkpoints[2].createdAt, msl::UnixMillis{7});
    const auto latest = store.latestGoodCheckpoint(run);
    QVERIFY(latest.has_value());
    QCOMPARE(latest->step, std::int64_t{20});  // step 30's files are missing

    const std::int64_t first = store.addLog({0, run, 111, "info", "started"});
    const std::int64_t second = store.addLog({0, run, 222, "warning", "slow \"step\"\n"});
    QVERIFY(second > first);
    const auto lines = store.logs(run);
    QCOMPARE(lines.size(), std::size_t{2});
    QCOMPARE(lines[1].text, std::string("slow \"step\"\n"));
    QCOMPARE(lines[1].level, std::string("warning"));
    QCOMPARE(lines[0].time, msl::UnixMillis{111});
    QCOMPARE(store.logs(run, first).size(), std::size_t{1});

    const auto summary = store.listRuns().at(0);
    QCOMPARE(summary.ndcgSplit, std::string("valid"));
    QCOMPARE(*summary.bestNdcgAt10, 0.3);
    QCOMPARE(*summary.lastNdcgAt10, 0.25);
  }

  void listRunsSummaries() {
    msl::ExperimentStore store(freshPath());
    const msl::RunId quiet = store.createRun(sampleRun("no steps", "{}"));
    const msl::RunId busy = store.createRun(sampleRun("busy", "{}"));
    store.startRun(busy);
    for (int step = 1; step <= 7; ++step) store.appendStep(sampleStep(busy, step));
    store.endRun(busy, msl::RunStatus::Finished);
    const auto runs = store.listRuns();
    QCOMPARE(runs.size(), std::size_t{2});
    QCOMPARE(runs[0].run.id, quiet);
    QCOMPARE(runs[0].lastStep, std::int64_t{0});
    QVERIFY(!runs[0].lastLoss && !runs[0].durationMs && !runs[0].bestNdcgAt10);
    QCOMPARE(runs[1].lastStep, std::int64_t{7});
    QCOMPARE(*runs[1].lastLoss, 3.0 / 7);
    QVERIFY(runs[1].durationMs && *runs[1].durationMs >= 0);
    QCOMPARE(runs[1].run.status, msl::RunStatus::Finished);
  }

  void renameAndDeleteCascade() {
    const std::string path = freshPath();
    msl::ExperimentStore store(path);
    const msl::RunId doomed = store.createRun(sampleRun("doomed", "{}"));
    msl::RunRecord childRecord = sampleRun("child", "{}");
    childRecord.parentRunId = doomed;
    const msl::RunId child = store.createRun(childRecord);
    store.renameRun(doomed, "renamed");
    QCOMPARE(store.run(doomed).name, std::string("renamed"));
    for (msl::RunId run : {doomed, child}) {
      store.appendStep(sampleStep(run, 1));
      store.flushSteps();
      store.addEvaluation({run, 1, "valid", {{"NDCG@10", 0.5}}, 10});
      store.addRecommendations({{run, 1, "valid", 0, "u", 1, 1, {1}, {0.0}}});
      store.addCheckpoint({run, 1, 0.1, "/tmp/x", msl::CheckpointKind::Step, 1, 1});
      store.addLog({0, run, 1, "info", "x"});
    }
    store.deleteRun(doomed);
    QVERIFY(!store.findRun(doomed));
    SQLite::Database raw(path);
    for (const char* table :
         {"steps", "run_modules", "evaluations", "recommendations", "checkpoints", "logs"}) {
      const std::string count = "SELECT count(*) FROM " + std::string(table) + " WHERE run_id = ";
      QVERIFY2(raw.execAndGet(count + std::to_string(doomed)).getInt() == 0, table);
      QVERIFY2(raw.execAndGet(count + std::to_string(child)).getInt() > 0, table);
    }
    QVERIFY(!store.run(child).parentRunId.has_value());
    QVERIFY_THROWS_EXCEPTION(msl::Error, store.deleteRun(doomed));
    QVERIFY_THROWS_EXCEPTION(msl::Error, store.renameRun(doomed, "again"));
  }

  void compareConfigs() {
    msl::ExperimentStore store(freshPath());
    const msl::RunId left = store.createRun(sampleRun(
        "left", R"({"loss":{"kind":"msl","tau":1.5},"lr":1e-4,"targets":["q","v"],"seed":1})"));
    const msl::RunId right = store.createRun(sampleRun(
        "right", R"({"loss":{"kind":"msl_ats","tau":1.5},"lr":1e-4,"targets":["q","k"],"a/b":2})"));
    const auto differences = store.compareConfigs(left, right);
    QCOMPARE(differences.size(), std::size_t{4});
    QCOMPARE(differences[0].path, std::string("/a~1b"));
    QVERIFY(!differences[0].left.has_value());
    QCOMPARE(*differences[0].right, std::string("2"));
    QCOMPARE(differences[1].path, std::string("/loss/kind"));
    QCOMPARE(*differences[1].left, std::string("\"msl\""));
    QCOMPARE(*differences[1].right, std::string("\"msl_ats\""));
    QCOMPARE(differences[2].path, std::string("/seed"));
    QVERIFY(!differences[2].right.has_value());
    QCOMPARE(differences[3].path, std::string("/targets/1"));
    QVERIFY(store.compareConfigs(left, left).empty());
  }
};

QTEST_GUILESS_MAIN(TestStoreRecords)
#include "tst_store_records.moc"
