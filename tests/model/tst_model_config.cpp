// config.json parsing for the Llama and Qwen families (real published configs as fixtures),
// error rows for what is unsupported, and the Llama-3 rope scaling formula.
#include <QtTest/QtTest>

#include <cmath>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "model/model_config.h"
#include "model/rope_frequencies.h"

namespace {

std::string fixture(const char* name) {
  return std::string(MSLW_SOURCE_DIR) + "/tests/model/fixtures/" + name;
}

// A minimal valid llama config that rows below modify.
nlohmann::json minimalLlama() {
  return {{"model_type", "llama"},   {"vocab_size", 100},      {"hidden_size", 32},
          {"intermediate_size", 64}, {"num_hidden_layers", 2}, {"num_attention_heads", 4},
          {"num_key_value_heads", 2}};
}

}  // namespace

class TestModelConfig : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void llama32() {
    const auto config = msl::loadModelConfig(fixture("llama-3.2-1b.config.json"));
    QCOMPARE(config.modelType, std::string("llama"));
    QCOMPARE(config.hiddenSize, std::int64_t{2048});
    QCOMPARE(config.intermediateSize, std::int64_t{8192});
    QCOMPARE(config.numHiddenLayers, std::int64_t{16});
    QCOMPARE(config.numAttentionHeads, std::int64_t{32});
    QCOMPARE(config.numKeyValueHeads, std::int64_t{8});
    QCOMPARE(config.queriesPerKeyValueHead(), std::int64_t{4});
    QCOMPARE(config.headDim, std::int64_t{64});
    QCOMPARE(config.rmsNormEps, 1e-5);
    QCOMPARE(config.ropeTheta, 500000.0);
    QVERIFY(config.ropeScaling.type == msl::RopeScalingType::Llama3);
    QCOMPARE(config.ropeScaling.factor, 32.0);
    QCOMPARE(config.ropeScaling.lowFreqFactor, 1.0);
    QCOMPARE(config.ropeScaling.highFreqFactor, 4.0);
    QCOMPARE(config.ropeScaling.originalMaxPositionEmbeddings, std::int64_t{8192});
    QVERIFY(config.tieWordEmbeddings);
    QVERIFY(!config.qkvBias && !config.outputBias && !config.qkNorm);
    QCOMPARE(config.bosTokenId.value(), std::int64_t{128000});
    QCOMPARE(config.eosTokenIds, (std::vector<std::int64_t>{128001}));
    QCOMPARE(config.vocabSize, std::int64_t{128256});
    QCOMPARE(config.torchDtype, std::string("bfloat16"));
    // Llama-3.2-1B is published as 1.24B parameters (tied embeddings).
    QCOMPARE(config.parameterCount(), std::int64_t{1235814400});
  }

  void qwen25() {
    const auto config = msl::loadModelConfig(fixture("qwen2.5-0.5b.config.json"));
    QCOMPARE(config.modelType, std::string("qwen2"));
    QCOMPARE(config.headDim, std::int64_t{64});  // 896 / 14
    QCOMPARE(config.numKeyValueHeads, std::int64_t{2});
    QVERIFY(config.qkvBias);
    QVERIFY(!config.outputBias);
    QVERIFY(!config.qkNorm);
    QCOMPARE(config.slidingWindow, std::int64_t{0});  // use_sliding_window is false
    QVERIFY(config.ropeScaling.type == msl::RopeScalingType::None);
    QCOMPARE(config.ropeTheta, 1000000.0);
    QCOMPARE(config.rmsNormEps, 1e-6);
    // Qwen2.5-0.5B: 494,032,768 parameters (Qwen's model card: 0.49B).
    QCOMPARE(config.parameterCount(), std::int64_t{494032768});
  }

  void qwen3() {
    const auto config = msl::loadModelConfig(fixture("qwen3-0.6b.config.json"));
    QCOMPARE(config.modelType, std::string("qwen3"));
    QCOMPARE(config.headDim, std::int64_t{128});  // explicit, not 1024 / 16
    QVERIFY(config.qkNorm);
    QVERIFY(!config.qkvBias);
    QCOMPARE(config.eosTokenIds, (std::vector<std::int64_t>{151645}));
    // Qwen3-0.6B: 596,049,920 parameters with tied embeddings (0.6B on the model card).
    QCOMPARE(config.parameterCount(), std::int64_t{596049920});
  }

  void eosListAndDefaults() {
    auto json = minimalLlama();
    json["eos_token_id"] = {3, 4, 5};
    const auto config = msl::parseModelConfig(json, "cfg");
    QCOMPARE(config.eosTokenIds, (std::vector<std::int64_t>{3, 4, 5}));
    QCOMPARE(config.headDim, std::int64_t{8});  // hidden / heads
    QVERIFY(!config.tieWordEmbeddings);
    QVERIFY(!config.bosTokenId.has_value());
    QCOMPARE(config.initializerRange, 0.02);
    QVERIFY(config.ropeScaling.type == msl::RopeScalingType::None);
  }

  void roundTripsThroughJson_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("llama") << "llama-3.2-1b.config.json";
    QTest::newRow("qwen2") << "qwen2.5-0.5b.config.json";
    QTest::newRow("qwen3") << "qwen3-0.6b.config.json";
  }

  void roundTripsThroughJson() {
    QFETCH(QString, file);
    const auto original = msl::loadModelConfig(fixture(file.toUtf8().constData()));
    const auto again = msl::parseModelConfig(msl::modelConfigToJson(original), "written");
    QCOMPARE(again.parameterCount(), original.parameterCount());
    QCOMPARE(again.headDim, original.headDim);
    QCOMPARE(again.qkvBias, original.qkvBias);
    QCOMPARE(again.qkNorm, original.qkNorm);
    QCOMPARE(again.tieWordEmbeddings, original.tieWordEmbeddings);
    QCOMPARE(again.ropeTheta, original.ropeTheta);
    QVERIFY(again.ropeScaling.type == original.ropeScaling.type);
    QCOMPARE(again.ropeScaling.factor, original.ropeScaling.factor);
    QCOMPARE(again.eosTokenIds, original.eosTokenIds);
    QCOMPARE(again.bosTokenId, original.bosTokenId);
  }

  void errors_data() {
    QTest::addColumn<QString>("patch");  // JSON merged into the minimal config
    QTest::addColumn<QString>("expected");
    QTest::newRow("unsupported type")
        << R"({"model_type":"gpt2"})"
        << "unsupported model type 'gpt2' (supported: llama, mistral, qwen2, qwen3)";
    QTest::newRow("missing hidden size") << R"({"hidden_size":null})"
                                         << "config.json: hidden_size: missing";
    QTest::newRow("zero layers") << R"({"num_hidden_layers":0})"
                                 << "num_hidden_layers: expected a positive integer, found 0";
    QTest::newRow("fractional layers")
        << R"({"num_hidden_layers":2.5})"
        << "num_hidden_layers: expected a positive integer, found 2.5";
    QTest::newRow("rope factor negative")
        << R"({"rope_scaling":{"rope_type":"llama3","factor":-1}})"
        << "rope_scaling.factor: expected a positive number, found -1";
    QTest::newRow("kv heads do not divide") << R"({"num_key_value_heads":3})"
                                            << "3 must divide num_attention_heads 4";
    QTest::newRow("hidden not multiple of heads") << R"({"hidden_size":30})"
                                                  << "must be a multiple of num_attention_heads";
    QTest::newRow("rope type")
        << R"({"rope_scaling":{"rope_type":"yarn","factor":4.0}})"
        << "unsupported rope type 'yarn' (supported: default, linear, llama3)";
    QTest::newRow("rope factor missing") << R"({"rope_scaling":{"rope_type":"llama3"}})"
                                         << "\"factor\" is required";
    QTest::newRow("activation") << R"({"hidden_act":"gelu"})"
                                << "(supported: silu)";
    QTest::newRow("mlp bias") << R"({"mlp_bias":true})"
                              << "config.json: mlp_bias: not supported";
    QTest::newRow("qwen sliding window") << R"({"model_type":"qwen2","use_sliding_window":true})"
                                         << "sliding window";
    QTest::newRow("eos outside vocabulary") << R"({"eos_token_id":[1,100]})"
                                            << "100 is outside the vocabulary";
    QTest::newRow("eos not an id") << R"({"eos_token_id":"x"})"
                                   << "expected a token id";
    QTest::newRow("odd head dim") << R"({"head_dim":7})"
                                  << "must be even";
  }

  void errors() {
    QFETCH(QString, patch);
    QFETCH(QString, expected);
    auto json = minimalLlama();
    json.merge_patch(nlohmann::json::parse(patch.toStdString()));
    try {
      msl::parseModelConfig(json, "config.json");
      QFAIL("an invalid config was accepted");
    } catch (const msl::Error& e) {
      const QString message = e.what();
      QVERIFY2(message.startsWith("config.json: "), qPrintable(message));
      QVERIFY2(message.contains(expected), qPrintable(message));
    }
  }

  void invalidJsonNamesTheFile() {
    try {
      msl::parseModelConfigText("{\"model_type\": ", "/ckpt/config.json");
      QFAIL("invalid JSON was accepted");
    } catch (const msl::Error& e) {
      QVERIFY2(QString(e.what()).startsWith("/ckpt/config.json:1:16: not valid JSON"), e.what());
    }
  }

  void llama3RopeFrequenciesFollowThePublishedFormula() {
    const auto config = msl::loadModelConfig(fixture("llama-3.2-1b.config.json"));
    const auto frequencies =
        msl::ropeInverseFrequencies(config.headDim, config.ropeTheta, config.ropeScaling);
    QCOMPARE(frequencies.size(), std::size_t{32});
    // Independently: Meta's apply_scaling (llama-models, Llama 3.1) written out here.
    const double factor = 32, low = 1, high = 4, original = 8192;
    int kept = 0, divided = 0, smoothed = 0;
    for (std::size_t i = 0; i < frequencies.size(); ++i) {
      const double base = std::pow(500000.0, -static_cast<double>(2 * i) / 64.0);
      const double wavelength = 2 * M_PI / base;
      double expected;
      if (wavelength < original / high) {
        expected = base;
        ++kept;
      } else if (wavelength > original / low) {
        expected = base / factor;
        ++divided;
      } else {
        const double smooth = (original / wavelength - low) / (high - low);
        expected = (1 - smooth) * base / factor + smooth * base;
        ++smoothed;
      }
      QVERIFY2(
          std::abs(frequencies[i] - expected) <= 1e-12 * expected,
          qPrintable(QString("i=%1 got %2 expected %3").arg(i).arg(frequencies[i]).arg(expected)));
    }
    // All three bands occur with these settings, so each branch was exercised.
    QVERIFY(kept > 0 && divided > 0 && smoothed > 0);
    QCOMPARE(frequencies.front(), 1.0);
    QCOMPARE(frequencies.back(), std::pow(500000.0, -62.0 / 64.0) / 32.0);
  }

  void unscaledAndLinearFrequencies() {
    msl::RopeScaling none;
    const auto plain = msl::ropeInverseFrequencies(8, 10000.0, none);
    QCOMPARE(plain, (std::vector<double>{1.0, 0.1, 0.01, 0.001}));
    msl::RopeScaling linear;
    linear.type = msl::RopeScalingType::Linear;
    linear.factor = 2.0;
    const auto halved = msl::ropeInverseFrequencies(8, 10000.0, linear);
    for (std::size_t i = 0; i < plain.size(); ++i) QCOMPARE(halved[i], plain[i] / 2.0);
  }
};

QTEST_GUILESS_MAIN(TestModelConfig)
#include "tst_model_config.moc"
