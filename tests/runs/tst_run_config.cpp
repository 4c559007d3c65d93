// The run config: presets as MSL.md states them, JSON round trip, and errors that name the key
// and the allowed values.
#include <QtTest/QtTest>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "common/json_reader.h"
#include "runs/run_config.h"
#include "runs/run_config_schema.h"

using msl::RunConfig;

class TestRunConfig : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void paperBookPresetMatchesTheReference() {
    const RunConfig c = msl::presetRunConfig("paper-book");
    QVERIFY(c.lora.enabled);
    QCOMPARE(c.lora.rank, std::int64_t(8));
    QCOMPARE(c.lora.alpha, 16.0);
    QCOMPARE(c.lora.dropout, 0.05);
    QCOMPARE(c.lora.targets, (std::vector<std::string>{"q_proj", "v_proj"}));
    QCOMPARE(c.optimizer.learningRate, 1e-4);
    QCOMPARE(c.schedule.warmupSteps, std::int64_t(20));
    QCOMPARE(c.training.batchSize, std::int64_t(128));
    QCOMPARE(c.training.epochs, std::int64_t(10));
    QCOMPARE(c.data.cutoffLength, std::int64_t(512));
    QCOMPARE(c.loss.kind, std::string("msl_ats"));
    QCOMPARE(c.loss.tau, 1.5);
    QCOMPARE(c.loss.eta, 0.25);
    QCOMPARE(c.loss.alpha, 0.05);
    QCOMPARE(msl::presetRunConfig("paper-toy").loss.tau, 4.5);
    const RunConfig quick = msl::presetRunConfig("quick-cpu");
    QVERIFY(quick.model.create);
    QVERIFY(!quick.lora.enabled);
    QVERIFY(quick.training.maxSteps >= 100 && quick.training.maxSteps <= 1000);
    QVERIFY(quick.training.batchSize <= 32);
  }

  void jsonRoundTripKeepsEveryValue() {
    RunConfig c = msl::presetRunConfig("quick-cpu");
    c.name = "round trip";
    c.data.dir = "/data/books";
    c.loss.kind = "lml";
    c.loss.tau = 2.25;
    c.optimizer.beta2 = 0.95;
    c.lora.targets = {"k_proj", "o_proj"};
    c.training.gradientAccumulation = 4;
    c.data.lengthBucketing = true;
    const nlohmann::json json = msl::runConfigToJson(c);
    const RunConfig back = msl::runConfigFromJson(json);
    QCOMPARE(msl::runConfigToJson(back).dump(), json.dump());
    QCOMPARE(back.loss.tau, 2.25);
    QCOMPARE(back.optimizer.beta2, 0.95);
    QVERIFY(back.model.create);
  }

  void evaluationKeysReadAndRoundTrip() {
    const RunConfig c = msl::runConfigFromText(R"({"evaluation": {"every_steps": 50,
        "subset": 64, "subset_seed": 9, "at_end": "valid", "beams": 5,
        "variant": "masked_softmax", "batch_size": 2}})");
    QCOMPARE(c.evaluation.everySteps, std::int64_t(50));
    QCOMPARE(c.evaluation.subset, std::int64_t(64));
    QCOMPARE(c.evaluation.subsetSeed, std::uint64_t(9));
    QCOMPARE(c.evaluation.atEnd, std::string("valid"));
    QCOMPARE(c.evaluation.beams, std::int64_t(5));
    QCOMPARE(c.evaluation.variant, std::string("masked_softmax"));
    QCOMPARE(c.evaluation.batchSize, std::int64_t(2));
    const nlohmann::json json = msl::runConfigToJson(c);
    QCOMPARE(msl::runConfigToJson(msl::runConfigFromJson(json)).dump(), json.dump());
    // Built-in defaults evaluate nothing (fast tests); the presets monitor and test at the end.
    const RunConfig plain;
    QCOMPARE(plain.evaluation.everySteps, std::int64_t(0));
    QCOMPARE(plain.evaluation.atEnd, std::string("off"));
    QCOMPARE(plain.evaluation.subset, std::int64_t(500));
    for (const auto& name : msl::runConfigPresetNames()) {
      const RunConfig preset = msl::presetRunConfig(name);
      QVERIFY(preset.evaluation.everySteps > 0);
      QCOMPARE(preset.evaluation.atEnd, std::string("test"));
    }
  }

  void presetKeyStartsFromThePresetAndKeysOverride() {
    const RunConfig c = msl::runConfigFromText(
        R"({"preset": "paper-toy", "data": {"dir": "x"}, "loss": {"kind": "msl"}})");
    QCOMPARE(c.loss.tau, 4.5);
    QCOMPARE(c.loss.kind, std::string("msl"));
    QCOMPARE(c.lora.rank, std::int64_t(8));
    QCOMPARE(c.preset, std::string("paper-toy"));
  }

  // The schema drives the reader and the writer: every key is written, read back, and a wrong
  // value of it is an error that names exactly that key.
  void everySchemaKeyIsWrittenReadAndChecked() {
    const nlohmann::json written = msl::runConfigToJson(RunConfig{});
    const std::size_t leaves = written.flatten().size();
    // lora.targets and optimizer.betas are arrays: flatten() gives one leaf per element.
    const RunConfig defaults;
    QCOMPARE(leaves, msl::runConfigSchema().size() - 2 + defaults.lora.targets.size() + 2);
    for (const msl::RunConfigKey& key : msl::runConfigSchema()) {
      std::string pointer = "/" + key.path;
      std::replace(pointer.begin(), pointer.end(), '.', '/');
      const nlohmann::json::json_pointer at(pointer);
      QVERIFY2(written.contains(at), key.path.c_str());
      nlohmann::json wrong = written;
      // A value no key accepts: an object where a scalar or a list belongs.
      wrong[at] = nlohmann::json::object({{"x", 1}});
      try {
        msl::runConfigFromJson(wrong);
        QFAIL(qPrintable(QString::fromStdString("no error for an object at " + key.path)));
      } catch (const msl::JsonError& error) {
        QVERIFY2(error.keyPath() == key.path, error.what());
        QVERIFY2(std::string(error.what()).find("expected") != std::string::npos, error.what());
      }
    }
    QVERIFY(msl::findRunConfigKey("loss.tau"));
    QVERIFY(!msl::findRunConfigKey("loss"));
    QCOMPARE(msl::findRunConfigKey("loss.kind")->allowed,
             (std::vector<std::string>{"lml", "msl", "msl_ats"}));
  }

  void aLoadedFileNamesItselfInItsErrors() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("run.json").toStdString();
    std::ofstream(path) << R"({"loss": {"tau": 0}})";
    try {
      msl::loadRunConfig(path);
      QFAIL("tau 0 was accepted");
    } catch (const msl::JsonError& error) {
      QCOMPARE(std::string(error.what()),
               path + ": loss.tau: expected a number in (0, 100], found 0");
    }
  }

  void badConfigsNameTheKey() {
    // One wording for every key: "run config: <key path>: expected <what>, found <value>".
    const std::vector<std::pair<std::string, std::string>> rows = {
        {R"({"epochs": 3})", "run config: epochs: unknown key (allowed here: preset, name"},
        {R"({"loss": {"temperature": 2}})", "loss.temperature: unknown key (allowed here: kind"},
        {R"({"loss": {"kind": "ce"}})",
         "loss.kind: expected one of lml, msl, msl_ats, found \"ce\""},
        {R"({"loss": {"tau": -1}})", "loss.tau: expected a number in (0, 100], found -1"},
        {R"({"loss": {"tau": "big"}})", "loss.tau: expected a number in (0, 100], found \"big\""},
        {R"({"optimizer": {"lr": 0}})", "optimizer.lr: expected a number in (0, 10], found 0"},
        {R"({"optimizer": {"betas": [0.9, 1.0]}})",
         "optimizer.betas[1]: expected a number in [0, 1), found 1.0"},
        {R"({"optimizer": {"betas": [0.9]}})",
         "optimizer.betas: expected two numbers in [0, 1), e.g. [0.9, 0.999], found [0.9]"},
        {R"({"training": {"batch_size": 0}})",
         "training.batch_size: expected an integer in [1, 1048576], found 0"},
        {R"({"training": {"batch_size": 2.5}})",
         "training.batch_size: expected an integer in [1, 1048576], found 2.5"},
        {R"({"training": {"seed": 1e30}})",
         "training.seed: expected an integer in [0, inf), found"},
        {R"({"training": {"seed": 18446744073709551615}})", "training.seed: expected an integer"},
        {R"({"lora": {"targets": ["qkv"]}})",
         "lora.targets[0]: expected one of q_proj, k_proj, v_proj, o_proj"},
        {R"({"lora": {"targets": []}})", "lora.targets: expected a non-empty list of: q_proj"},
        {R"({"schedule": {"kind": "step"}})",
         "schedule.kind: expected one of linear, cosine, constant, found \"step\""},
        {R"({"training": {"device": "tpu"}})",
         "training.device: expected one of auto, cpu, cuda, cuda:N, found \"tpu\""},
        {R"({"training": {"device": "cuda:x"}})",
         "training.device: expected one of auto, cpu, cuda, cuda:N, found \"cuda:x\""},
        {R"({"training": {"precision": "fp16"}})",
         "training.precision: expected one of auto, fp32, bf16, found \"fp16\""},
        {R"({"lora": {"dropout": 1.5}})",
         "lora.dropout: expected a number in [0, 0.99], found 1.5"},
        {R"({"loss": {"min_tau": 6}})", "loss.min_tau: must not exceed loss.max_tau"},
        {R"({"preset": "paper-movies"})",
         "preset: expected one of paper-book, paper-toy, quick-cpu, found \"paper-movies\""},
        {R"({"evaluation": {"at_end": "train"}})",
         "evaluation.at_end: expected one of off, valid, test, found \"train\""},
        {R"({"evaluation": {"variant": "greedy"}})",
         "evaluation.variant: expected one of full_softmax_then_mask, masked_softmax"},
        {R"({"evaluation": {"beams": 0}})", "evaluation.beams: expected an integer in [1, 1000]"},
        {R"({"data": 3})", "run config: data: expected an object, found 3"},
        {R"([1, 2])", "run config: <root>: expected an object"},
        {R"({"data": )", "run config:1:10: not valid JSON"},
        {R"({"data": {"cutoff_length": 1e999}})", "run config: not valid JSON"},
    };
    for (const auto& [json, expected] : rows) {
      try {
        msl::runConfigFromText(json);
        QFAIL(qPrintable(QString::fromStdString("no error for " + json)));
      } catch (const msl::Error& error) {
        const std::string message = error.what();
        QVERIFY2(message.find(expected) != std::string::npos,
                 qPrintable(QString::fromStdString(json + " -> " + message)));
      }
    }
  }

  void defaultNamesTellRunsApart() {
    msl::RunConfig config = msl::presetRunConfig("paper-book");
    config.data.dir = "/data/amazon_books/";
    QCOMPARE(msl::defaultRunName(config),
             std::string("amazon_books · MSL+ATS · LoRA r8 · lr 0.0001"));
    config = msl::presetRunConfig("quick-cpu");
    config.data.dir = "/home/me/.local/share/msl-workbench/demo/data";
    config.loss.kind = "msl";
    config.loss.tau = 1.5;
    QCOMPARE(msl::defaultRunName(config),
             std::string("demo · MSL τ 1.5 · full · created tiny · lr 0.003"));
    config.loss.kind = "lml";
    QVERIFY(msl::defaultRunName(config).find("demo · LML · full") == 0);
  }

  void incompleteConfigsAreRefused() {
    RunConfig c;
    QVERIFY_EXCEPTION_THROWN(msl::checkRunConfigComplete(c), msl::Error);
    c.data.dir = "d";
    c.model.checkpoint = "m";
    msl::checkRunConfigComplete(c);
    c.training.batchSize = 10;
    c.training.gradientAccumulation = 3;
    try {
      msl::checkRunConfigComplete(c);
      QFAIL("no error");
    } catch (const msl::Error& error) {
      QVERIFY(std::string(error.what()).find("gradient_accumulation") != std::string::npos);
    }
  }
};

QTEST_APPLESS_MAIN(TestRunConfig)
#include "tst_run_config.moc"
