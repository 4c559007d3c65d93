// Tiny-model factory: presets, Hugging Face initialisation, and create -> load giving the same
// logits as the in-memory model.
#include <torch/torch.h>

#include <QtTest/QtTest>

#include "common/error.h"
#include "model/model_factory.h"

class TestModelFactory : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void createThenLoadGivesSameLogits_data() {
    QTest::addColumn<QString>("arch");
    QTest::newRow("llama") << "llama";
    QTest::newRow("qwen2") << "qwen2";
  }

  void createThenLoadGivesSameLogits() {
    QFETCH(QString, arch);
    QTemporaryDir dir;
    const auto config = msl::presetModelConfig(arch.toStdString(), "tiny", 300, 1, {2, 3});
    msl::CausalLm model(config);
    msl::initializeLikeHuggingFace(model, 42);
    model->eval();
    msl::writeCheckpoint(model, dir.path().toStdString());
    QVERIFY(QFile::exists(dir.filePath("config.json")));
    QVERIFY(QFile::exists(dir.filePath("model.safetensors")));

    auto loaded = msl::loadCausalLm(dir.path().toStdString(), torch::kCPU, torch::kFloat32);
    QCOMPARE(loaded->config().modelType, arch.toStdString());
    QCOMPARE(loaded->config().eosTokenIds, (std::vector<std::int64_t>{2, 3}));
    QCOMPARE(loaded->config().vocabSize, std::int64_t{300});
    torch::NoGradGuard noGrad;
    const auto ids = torch::tensor({5, 17, 299, 0, 42}, torch::kLong).view({1, -1});
    QVERIFY(torch::equal(model->forward({ids}), loaded->forward({ids})));
  }

  void initialisationFollowsHuggingFace() {
    const auto config = msl::presetModelConfig("qwen2", "small", 1000, std::nullopt, {0});
    msl::CausalLm model(config);
    msl::initializeLikeHuggingFace(model, 7);
    auto parameters = model->named_parameters();
    QVERIFY(torch::equal(parameters["model.norm.weight"], torch::ones({256})));
    QVERIFY(torch::equal(parameters["model.layers.3.self_attn.q_proj.bias"], torch::zeros({256})));
    const double std = parameters["model.embed_tokens.weight"].std().item<double>();
    QVERIFY2(std::abs(std - 0.02) < 0.0005, qPrintable(QString::number(std)));
    QVERIFY(std::abs(parameters["model.layers.0.mlp.up_proj.weight"].mean().item<double>()) < 1e-3);
    // Same seed, same weights; another seed, other weights.
    msl::CausalLm again(config), other(config);
    msl::initializeLikeHuggingFace(again, 7);
    msl::initializeLikeHuggingFace(other, 8);
    QVERIFY(torch::equal(again->model->embed_tokens->weight, model->model->embed_tokens->weight));
    QVERIFY(!torch::equal(other->model->embed_tokens->weight, model->model->embed_tokens->weight));
  }

  void unknownPresetOrArchitecture() {
    try {
      msl::presetModelConfig("llama", "huge", 10, {}, {});
      QFAIL("unknown preset accepted");
    } catch (const msl::Error& e) {
      QVERIFY2(QString(e.what()).contains("(supported: tiny, small)"), e.what());
    }
    try {
      msl::presetModelConfig("gpt2", "tiny", 10, {}, {});
      QFAIL("unknown architecture accepted");
    } catch (const msl::Error& e) {
      QVERIFY2(QString(e.what()).contains("(supported: llama, qwen2)"), e.what());
    }
  }

  void loadingAMissingFolderNamesIt() {
    try {
      msl::loadCausalLm("/nonexistent/ckpt", torch::kCPU, torch::kFloat32);
      QFAIL("a missing checkpoint loaded");
    } catch (const msl::Error& e) {
      QVERIFY2(QString(e.what()).startsWith("loading model /nonexistent/ckpt: "), e.what());
    }
  }
};

QTEST_GUILESS_MAIN(TestModelFactory)
#include "tst_model_factory.moc"
