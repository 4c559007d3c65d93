// CSV export against golden text (RFC 4180 quoting, the step/evaluation join, empty cells for
// what was not measured) and the JSON export.
#include <QTemporaryDir>
#include <QtTest>

#include "common/csv_field.h"
#include "store/run_export.h"

namespace {

msl::RunId fillRun(msl::ExperimentStore& store) {
  msl::RunRecord record;
  record.name = "export \"me\", please";
  record.configJson = R"({"loss":"msl"})";
  const msl::RunId run = store.createRun(record);
  msl::StepMetrics first;
  first.run = run;
  first.step = 1;
  first.epoch = 0.5;
  first.loss = 2.5;
  first.maskedCrossEntropy = 3.75;
  first.tau = 1.5;
  first.firstPositionCount = 64;
  first.gradNorm = 0.75;
  first.learningRate = 1e-4;
  first.wallTime = 1000;
  first.moduleGradNorms = {{"a,b", 0.5}};
  msl::StepMetrics second;
  second.run = run;
  second.step = 2;
  second.epoch = 1;
  second.loss = 1.25;
  second.invalidMass = 0.125;
  second.wallTime = 2000;
  second.moduleGradNorms = {{"plain", 2}};
  store.appendStep(first);
  store.appendStep(second);
  store.flushSteps();
  store.addEvaluation({run, 0, "valid", {{"NDCG@10", 0.0625}}, 8});
  store.addEvaluation({run, 2, "valid", {{"NDCG@10", 0.25}, {"HR \"strict\"", 1}}, 8});
  return run;
}

}  // namespace

class TestStoreExport : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void csvFieldQuoting_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << "loss"
                           << "loss";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "two\nlines"
                             << "\"two\nlines\"";
    QTest::newRow("carriage return") << "x\ry"
                                     << "\"x\ry\"";
    QTest::newRow("spaces stay bare") << " padded "
                                      << " padded ";
  }
  void csvFieldQuoting() {
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(QString::fromStdString(msl::csvField(value.toStdString())), field);
  }

  void runCsvMatchesGoldenText() {
    QTemporaryDir dir;
    msl::ExperimentStore store(dir.filePath("export.sqlite").toStdString());
    const msl::RunId run = fillRun(store);
    const std::string expected =
        "step,epoch,loss,masked_cross_entropy,tau,tau_raw,mu_pos,mu_neg,var_neg,"
        "first_position_count,grad_norm,learning_rate,tokens_per_second,samples_per_second,"
        "invalid_mass,wall_time,"
        "\"grad_norm:a,b\",grad_norm:plain,\"valid:HR \"\"strict\"\"\",valid:NDCG@10\r\n"
        "0,,,,,,,,,,,,,,,,,,,0.0625\r\n"
        "1,0.5,2.5,3.75,1.5,,,,,64,0.75,1e-04,,,,1000,0.5,,,\r\n"
        "2,1,1.25,,,,,,,0,,,,,0.125,2000,,2,1,0.25\r\n";
    const std::string actual = msl::exportRunCsv(store, run);
    if (actual != expected) {
      QFile written(dir.filePath("export.actual.csv"));
      written.open(QIODevice::WriteOnly);
      written.write(actual.data(), static_cast<qint64>(actual.size()));
      qWarning("actual CSV:\n%s", actual.c_str());
    }
    QCOMPARE(QString::fromStdString(actual), QString::fromStdString(expected));
  }

  void runJsonHasStepsEvaluationsAndNulls() {
    QTemporaryDir dir;
    msl::ExperimentStore store(dir.filePath("export.sqlite").toStdString());
    const msl::RunId run = fillRun(store);
    const nlohmann::json exported = msl::exportRunJson(store, run);
    QCOMPARE(exported["run"]["name"].get<std::string>(), std::string("export \"me\", please"));
    QCOMPARE(exported["run"]["config"]["loss"].get<std::string>(), std::string("msl"));
    QCOMPARE(exported["run"]["status"].get<std::string>(), std::string("created"));
    QCOMPARE(exported["steps"].size(), std::size_t{2});
    QVERIFY(exported["steps"][0]["tau_raw"].is_null());
    QVERIFY(exported["steps"][0]["invalid_mass"].is_null());
    QCOMPARE(exported["steps"][0]["masked_cross_entropy"].get<double>(), 3.75);
    QVERIFY(exported["steps"][1]["masked_cross_entropy"].is_null());
    QCOMPARE(exported["steps"][1]["invalid_mass"].get<double>(), 0.125);
    QCOMPARE(exported["steps"][0]["module_grad_norms"]["a,b"].get<double>(), 0.5);
    QCOMPARE(exported["evaluations"].size(), std::size_t{2});
    QCOMPARE(exported["evaluations"][1]["metrics"]["NDCG@10"].get<double>(), 0.25);
    // The export is valid JSON text that parses back to the same value.
    QCOMPARE(nlohmann::json::parse(exported.dump()), exported);
  }
};

QTEST_GUILESS_MAIN(TestStoreExport)
#include "tst_store_export.moc"
