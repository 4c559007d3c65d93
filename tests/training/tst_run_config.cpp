// The run config: presets as MSL.md states them, JSON round trip, and errors that name the key
// and the allowed values.
#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "training/run_config.h"

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

  void badConfigsNameTheKey() {
    const std::vector<std::pair<std::string, std::string>> rows = {
        {R"({"epochs": 3})", "unknown key 'epochs'"},  // unknown top key
        {R"({"loss": {"temperature": 2}})",
         "unknown key 'loss.temperature'"},  // unknown nested key
        {R"({"loss": {"kind": "ce"}})",
         "loss.kind is 'ce', allowed: lml, msl, msl_ats"},                      // loss kind
        {R"({"loss": {"tau": -1}})", "loss.tau is -1, allowed (0, 100]"},       // negative tau
        {R"({"loss": {"tau": "big"}})", "loss.tau must be a number"},           // tau type
        {R"({"optimizer": {"lr": 0}})", "optimizer.lr is 0, allowed (0, 10]"},  // zero lr
        {R"({"optimizer": {"betas": [0.9, 1.0]}})", "optimizer.betas is [0.9,1.0]"},  // betas
        {R"({"training": {"batch_size": 0}})",
         "training.batch_size is 0, allowed [1, 1048576]"},  // batch size
        {R"({"training": {"batch_size": 2.5}})",
         "training.batch_size must be an integer"},  // float batch
        {R"({"lora": {"targets": ["qkv"]}})",
         "lora.targets holds 'qkv', allowed: q_proj"},  // lora target
        {R"({"schedule": {"kind": "step"}})",
         "schedule.kind is 'step', allowed: linear, cosine, constant"},      // schedule
        {R"({"training": {"device": "tpu"}})", "training.device is 'tpu'"},  // device
        {R"({"training": {"device": "cuda:x"}})",
         "training.device is 'cuda:x', allowed: auto, cpu, cuda, cuda:N"},  // device index
        {R"({"training": {"precision": "fp16"}})",
         "training.precision is 'fp16', allowed: auto, fp32, bf16"},                  // precision
        {R"({"lora": {"dropout": 1.5}})", "lora.dropout is 1.5, allowed [0, 0.99]"},  // dropout
        {R"({"loss": {"min_tau": 6}})", "loss.min_tau must not exceed"},  // tau clamp order
        {R"({"preset": "paper-movies"})", "preset unknown run preset 'paper-movies'"},  // preset
        {R"({"evaluation": {"at_end": "train"}})",
         "evaluation.at_end is 'train', allowed: off, valid, test"},  // evaluated split
        {R"({"evaluation": {"variant": "greedy"}})",
         "evaluation.variant is 'greedy', allowed: full_softmax_then_mask"},  // beam variant
        {R"({"evaluation": {"beams": 0}})", "evaluation.beams is 0, allowed [1, 1000]"},  // beams
        {R"({"data": 3})", "data must be an object"},  // section type
        {R"({"data": )", "not valid JSON"},            // not json
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
