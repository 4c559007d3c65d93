// Tiny-model factory: presets, Hugging Face initialisation, and create -> load giving the same
// logits as the in-memory model.
#include <torch/torch.h>

#include <QtTest/QtTest>

#include <fstream>

#include "common/error.h"
#include "model/device_memory.h"
#include "model/model_factory.h"

namespace {

// Linux's "5" resets the process's peak resident set size (VmHWM) to its current size.
bool resetPeakResidentMemory() {
  std::ofstream file("/proc/self/clear_refs");
  file << "5";
  file.close();
  return static_cast<bool>(file);
}

}  // namespace

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

  // An 8B checkpoint must load without a float32 copy of the model in host memory. Loaded in
  // bf16, the process's peak resident memory grows by the bf16 weights and a tensor or two in
  // flight; building the model in float32 first would add twice that, and a mapped file that
  // stayed resident would add the file. MSLW_LOAD_TEST_LAYERS makes the model larger (96
  // layers: 1.2 B parameters, 2.4 GB in bf16) for the figure in docs/gpu.md.
  void loadingInBf16HoldsNoFloat32CopyOfTheModel() {
    QTemporaryDir dir;
    auto config = msl::presetModelConfig("llama", "small", 32000, 1, {2});
    config.hiddenSize = 1024;
    config.intermediateSize = 2816;
    config.numHiddenLayers = qEnvironmentVariableIntValue("MSLW_LOAD_TEST_LAYERS");
    if (config.numHiddenLayers <= 0) config.numHiddenLayers = 6;
    config.numAttentionHeads = 16;
    config.numKeyValueHeads = 8;
    config.headDim = 64;
    config.tieWordEmbeddings = false;
    std::int64_t values = 0;
    std::int64_t largestTensorValues = 0;
    {
      msl::CausalLm model(config);
      for (const auto& parameter : model->parameters()) {
        values += parameter.numel();
        largestTensorValues = std::max(largestTensorValues, parameter.numel());
      }
      msl::writeCheckpoint(model, dir.path().toStdString(), torch::kBFloat16);
    }
    if (!resetPeakResidentMemory()) QSKIP("needs Linux's /proc/self/clear_refs to reset VmHWM");
    const auto before = msl::measureDeviceMemory(torch::kCPU).peakBytes;
    auto loaded = msl::loadCausalLm(dir.path().toStdString(), torch::kCPU, torch::kBFloat16);
    const double grown =
        static_cast<double>(msl::measureDeviceMemory(torch::kCPU).peakBytes - before);
    const double weights = 2.0 * static_cast<double>(values);
    const double bound = weights + 2 * 2.0 * static_cast<double>(largestTensorValues) + 64e6;
    qInfo(
        "%lld parameters, %.0f MB in bf16: loading raised the peak resident memory by %.0f MB "
        "(%.2f x the bf16 weights; bound %.0f MB)",
        static_cast<long long>(values), weights / 1e6, grown / 1e6, grown / weights, bound / 1e6);
    QVERIFY2(grown <= bound, qPrintable(QString("peak grew by %1 MB, more than %2 MB")
                                            .arg(grown / 1e6, 0, 'f', 0)
                                            .arg(bound / 1e6, 0, 'f', 0)));
    for (const auto& parameter : loaded->named_parameters())
      QVERIFY2(parameter.value().scalar_type() == torch::kBFloat16, parameter.key().c_str());
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
