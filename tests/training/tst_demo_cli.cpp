// `mslw demo` end to end through the binary at a reduced size: synthetic catalog, tokenizer,
// trie, three tiny trainings (LML, MSL, MSL+ATS), evaluation and the JSON report, then
// `mslw compare` on two of its runs.
#include <QtTest/QtTest>

#include "cli_process.h"
#include "store/experiment_store.h"

class TestDemoCli : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void demoRunsEndToEnd() {
    QTemporaryDir workspace;
    QVERIFY(workspace.isValid());
    const auto demo = runMslw({"demo", "--workspace", workspace.path(), "--items", "60", "--users",
                               "40", "--steps", "6", "--eval-limit", "8", "--json"});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    const auto report = demo.json();
    const auto& runs = report["comparison"]["runs"];
    QCOMPARE(runs.size(), std::size_t(3));
    const std::vector<std::string> kinds{"lml", "msl", "msl_ats"};
    msl::ExperimentStore store(report["comparison"]["store"].get<std::string>());
    for (std::size_t i = 0; i < 3; ++i) {
      const auto& run = runs[i];
      QCOMPARE(run["loss_kind"].get<std::string>(), kinds[i]);
      QCOMPARE(run["steps"].get<std::int64_t>(), std::int64_t(6));
      QCOMPARE(run["samples"].get<std::size_t>(), std::size_t(8));
      QVERIFY(std::isfinite(run["first_loss"].get<double>()));
      for (const char* name : {"NDCG@5", "NDCG@10", "HR@5", "HR@10", "MRR"}) {
        const double value = run["metrics"][name].get<double>();
        QVERIFY2(value >= 0 && value <= 1, name);
      }
      // Recorded in the run at its last step, where `mslw compare` finds it.
      const auto evaluations = store.evaluations(run["run"].get<msl::RunId>());
      QCOMPARE(evaluations.size(), std::size_t(1));
      QCOMPARE(evaluations[0].step, std::int64_t(6));
      QCOMPARE(evaluations[0].metrics.at("NDCG@10"), run["metrics"]["NDCG@10"].get<double>());
    }
    // MSL+ATS against LML, paired on the same samples.
    const auto& paired = report["comparison"]["paired"];
    QCOMPARE(paired["b"].get<std::string>(), std::string("msl_ats"));
    QCOMPARE(paired["metrics"].size(), std::size_t(7));
    for (const auto& row : paired["metrics"]) {
      const auto metric = row["metric"].get<std::string>();
      QCOMPARE(row["a"].get<double>(), runs[0]["metrics"][metric].get<double>());
      QCOMPARE(row["b"].get<double>(), runs[2]["metrics"][metric].get<double>());
      QVERIFY(row["wilcoxon_p"].get<double>() >= 0 && row["wilcoxon_p"].get<double>() <= 1);
    }
    const auto compare = runMslw({"compare", QString::number(runs[0]["run"].get<msl::RunId>()),
                                  QString::number(runs[2]["run"].get<msl::RunId>()), "--store",
                                  QString::fromStdString(store.path()), "--json"});
    QVERIFY2(compare.exitCode == 0, compare.err.constData());
    QCOMPARE(compare.json()["a"]["samples"].get<std::int64_t>(), std::int64_t(8));

    // The baselines, on the same samples, are runs of the same store that `mslw compare` pairs
    // with an LLM run.
    const auto& baselines = report["comparison"]["baselines"];
    QCOMPARE(baselines.size(), std::size_t(4));
    QCOMPARE(baselines[0]["kind"].get<std::string>(), std::string("popularity"));
    QCOMPARE(baselines[1]["kind"].get<std::string>(), std::string("markov"));
    QCOMPARE(baselines[2]["kind"].get<std::string>(), std::string("sasrec"));
    QCOMPARE(baselines[3]["kind"].get<std::string>(), std::string("series"));
    for (const auto& baseline : baselines) {
      const auto run = store.run(baseline["run"].get<msl::RunId>());
      QCOMPARE(run.lossKind, baseline["kind"].get<std::string>());
      QCOMPARE(store.evaluations(run.id).at(0).metrics.at("HR@10"),
               baseline["metrics"]["HR@10"].get<double>());
    }
    const auto& againstPopularity = report["comparison"]["paired_popularity"]["metrics"];
    QCOMPARE(againstPopularity.size(), std::size_t(7));
    const auto popularityCompare =
        runMslw({"compare", QString::number(baselines[0]["run"].get<msl::RunId>()),
                 QString::number(runs[2]["run"].get<msl::RunId>()), "--store",
                 QString::fromStdString(store.path()), "--json"});
    QVERIFY2(popularityCompare.exitCode == 0, popularityCompare.err.constData());
    QCOMPARE(popularityCompare.json()["a"]["loss"].get<std::string>(), std::string("popularity"));
  }
};

QTEST_GUILESS_MAIN(TestDemoCli)
#include "tst_demo_cli.moc"
