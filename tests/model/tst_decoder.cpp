// The LibTorch decoder on tiny random models: KV cache = full forward, left padding leaves
// real tokens unchanged, GQA = the equivalent multi-head model, tied/untied heads, the subset
// LM head = gathered full logits, finite-difference gradients, loading by Hugging Face names.
#include <torch/torch.h>

#include <QtTest/QtTest>

#include "common/error.h"
#include "model/causal_lm.h"
#include "model/checkpoint_tensors.h"
#include "model/checkpoint_weights.h"
#include "model/device_choice.h"
#include "model/safetensors_writer.h"
#include "model/tensor_conversion.h"

namespace {

msl::ModelConfig tinyConfig(const std::string& type, std::int64_t kvHeads = 2, bool tied = false) {
  msl::ModelConfig config;
  config.modelType = type;
  config.vocabSize = 50;
  config.hiddenSize = 32;
  config.intermediateSize = 48;
  config.numHiddenLayers = 2;
  config.numAttentionHeads = 4;
  config.numKeyValueHeads = kvHeads;
  config.headDim = 8;
  config.rmsNormEps = 1e-6;
  config.ropeTheta = 10000.0;
  config.tieWordEmbeddings = tied;
  config.qkvBias = type == "qwen2";
  config.qkNorm = type == "qwen3";
  return config;
}

// Random weights large enough that attention is far from uniform (norms stay near 1).
msl::CausalLm randomModel(const msl::ModelConfig& config, std::uint64_t seed = 1,
                          torch::ScalarType dtype = torch::kFloat32) {
  torch::manual_seed(seed);
  msl::CausalLm model(config);
  torch::NoGradGuard noGrad;
  for (auto& item : model->named_parameters()) {
    const bool isNorm = item.key().find("norm") != std::string::npos;
    if (isNorm)
      item.value().uniform_(0.8, 1.2);
    else
      item.value().normal_(0.0, 0.3);
  }
  model->to(dtype);
  model->eval();
  return model;
}

double maxDifference(const torch::Tensor& a, const torch::Tensor& b) {
  return (a - b).abs().max().item<double>();
}

torch::Tensor ids(std::vector<std::int64_t> values, std::int64_t batch) {
  return torch::tensor(values, torch::kLong).view({batch, -1});
}

}  // namespace

class TestDecoder : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void kvCacheMatchesFullForward_data() {
    QTest::addColumn<QString>("type");
    QTest::newRow("llama") << "llama";
    QTest::newRow("qwen2") << "qwen2";
    QTest::newRow("qwen3") << "qwen3";
  }

  void kvCacheMatchesFullForward() {
    QFETCH(QString, type);
    auto model = randomModel(tinyConfig(type.toStdString()));
    torch::NoGradGuard noGrad;
    const auto tokens = ids({3, 9, 14, 2, 7, 33, 41, 5, 1, 8, 19, 20, 21, 22}, 2);  // [2, 7]
    const auto full = model->forward({tokens});
    QCOMPARE(full.sizes(), (c10::IntArrayRef{2, 7, 50}));

    auto cache = model->newCache();
    std::vector<torch::Tensor> pieces{model->forward({tokens.narrow(1, 0, 4), {}, {}, &cache})};
    QCOMPARE(cache.length(), std::int64_t{4});
    for (std::int64_t t = 4; t < 7; ++t)
      pieces.push_back(model->forward({tokens.narrow(1, t, 1), {}, {}, &cache}));
    QCOMPARE(cache.length(), std::int64_t{7});
    const auto incremental = torch::cat(pieces, 1);
    const double difference = maxDifference(incremental, full);
    qInfo("max |cached - full| = %g (logits span %g)", difference, full.abs().max().item<double>());
    QVERIFY2(difference < 1e-5, qPrintable(QString::number(difference)));
  }

  void leftPaddingLeavesRealTokensUnchanged() {
    auto model = randomModel(tinyConfig("llama"));
    torch::NoGradGuard noGrad;
    const auto alone = model->forward({ids({11, 12, 13}, 1)});
    // Batch: a longer sequence and the same three tokens left-padded by two.
    const auto batch = ids({4, 5, 6, 7, 8, 0, 0, 11, 12, 13}, 2);
    const auto mask = ids({1, 1, 1, 1, 1, 0, 0, 1, 1, 1}, 2);
    const auto padded = model->forward({batch, mask});
    const double difference = maxDifference(padded[1].narrow(0, 2, 3), alone[0]);
    QVERIFY2(difference < 1e-5, qPrintable(QString::number(difference)));
    QVERIFY(torch::isfinite(padded).all().item<bool>());  // padding rows give no NaN
    // The unpadded row is unaffected by its neighbour.
    const auto first = model->forward({ids({4, 5, 6, 7, 8}, 1)});
    QVERIFY(maxDifference(padded[0], first[0]) < 1e-5);

    // Continuing the padded batch from a cache gives the unpadded sequence's next logits.
    auto cache = model->newCache();
    model->forward({batch, mask, {}, &cache});
    const auto next = model->forward(
        {ids({20, 20}, 2), torch::cat({mask, torch::ones({2, 1}, torch::kLong)}, 1), {}, &cache});
    const auto aloneNext = model->forward({ids({11, 12, 13, 20}, 1)});
    QVERIFY(maxDifference(next[1][0], aloneNext[0][3]) < 1e-5);
  }

  void groupedQueryAttentionEqualsRepeatedHeads() {
    auto grouped = randomModel(tinyConfig("llama", 2));
    auto full = msl::CausalLm(tinyConfig("llama", 4));
    {
      torch::NoGradGuard noGrad;
      auto source = grouped->named_parameters();
      for (auto& item : full->named_parameters()) {
        auto weight = source[item.key()];
        const bool keyOrValue = item.key().find("k_proj") != std::string::npos ||
                                item.key().find("v_proj") != std::string::npos;
        // Query heads 0,1 share kv head 0 and 2,3 share kv head 1: repeat each kv head twice.
        if (keyOrValue) weight = weight.view({2, 1, 8, 32}).expand({2, 2, 8, 32}).reshape({32, 32});
        item.value().copy_(weight);
      }
    }
    full->eval();
    torch::NoGradGuard noGrad;
    const auto tokens = ids({1, 2, 3, 4, 5, 6}, 1);
    const double difference = maxDifference(grouped->forward({tokens}), full->forward({tokens}));
    QVERIFY2(difference < 1e-5, qPrintable(QString::number(difference)));
    QCOMPARE(grouped->model->layers->at<msl::DecoderLayerImpl>(0).self_attn->k_proj->weight.size(0),
             std::int64_t{16});
  }

  void tiedAndUntiedHeads() {
    auto tied = randomModel(tinyConfig("llama", 2, true));
    QVERIFY(!tied->lm_head);
    QCOMPARE(tied->lmHeadWeight().data_ptr(), tied->model->embed_tokens->weight.data_ptr());
    const auto tiedNames = tied->named_parameters().keys();
    QVERIFY(std::find(tiedNames.begin(), tiedNames.end(), "lm_head.weight") == tiedNames.end());
    QCOMPARE(static_cast<std::int64_t>(
                 torch::nn::utils::parameters_to_vector(tied->parameters()).numel()),
             tied->config().parameterCount());

    auto untied = randomModel(tinyConfig("llama", 2, false));
    QVERIFY(untied->lm_head);
    QVERIFY(untied->lmHeadWeight().data_ptr() != untied->model->embed_tokens->weight.data_ptr());
    QCOMPARE(static_cast<std::int64_t>(
                 torch::nn::utils::parameters_to_vector(untied->parameters()).numel()),
             untied->config().parameterCount());
    torch::NoGradGuard noGrad;
    const auto tokens = ids({1, 2, 3}, 1);
    const auto before = untied->forward({tokens});
    untied->lm_head->weight.mul_(2.0);
    QVERIFY(maxDifference(untied->forward({tokens}), before * 2.0) < 1e-4);
    const auto tiedHidden = tied->hiddenStates({tokens});
    QVERIFY(maxDifference(tied->forward({tokens}),
                          torch::matmul(tiedHidden, tied->model->embed_tokens->weight.t())) < 1e-6);
  }

  void parameterNamesFollowHuggingFace() {
    const auto names = randomModel(tinyConfig("qwen3", 2, true))->named_parameters().keys();
    for (const char* expected :
         {"model.embed_tokens.weight", "model.layers.0.self_attn.q_proj.weight",
          "model.layers.1.self_attn.k_norm.weight", "model.layers.1.self_attn.q_norm.weight",
          "model.layers.0.mlp.gate_proj.weight", "model.layers.0.input_layernorm.weight",
          "model.layers.0.post_attention_layernorm.weight", "model.norm.weight"})
      QVERIFY2(std::find(names.begin(), names.end(), expected) != names.end(), expected);
    const auto qwen2 = randomModel(tinyConfig("qwen2"))->named_parameters().keys();
    QVERIFY(std::find(qwen2.begin(), qwen2.end(), "model.layers.0.self_attn.v_proj.bias") !=
            qwen2.end());
    QVERIFY(std::find(qwen2.begin(), qwen2.end(), "model.layers.0.self_attn.o_proj.bias") ==
            qwen2.end());
    QCOMPARE(static_cast<std::int64_t>(names.size()), std::int64_t{1 + 2 * 11 + 1});
  }

  void subsetHeadEqualsGatheredFullLogits() {
    auto model = randomModel(tinyConfig("qwen2"));
    torch::NoGradGuard noGrad;
    const auto tokens = ids({3, 9, 14, 2, 7, 33, 41, 5, 1, 8}, 2);
    const auto hidden = model->hiddenStates({tokens});
    const auto full = model->logits(hidden);
    const auto batchIndex = torch::tensor({0, 1, 1}, torch::kLong);
    const auto positionIndex = torch::tensor({4, 0, 3}, torch::kLong);
    const auto selected = msl::selectPositions(hidden, batchIndex, positionIndex);  // [3, D]
    const auto rows = torch::tensor({7, 0, 49, 12}, torch::kLong);
    const auto subset = model->logitsForVocabulary(selected, rows);
    QCOMPARE(subset.sizes(), (c10::IntArrayRef{3, 4}));
    const auto expected = full.index({batchIndex, positionIndex}).index_select(1, rows);
    QVERIFY(maxDifference(subset, expected) < 1e-5);

    const auto candidates = torch::tensor({{1, 2}, {30, 31}, {49, 0}}, torch::kLong);
    const auto perRow = model->logitsForCandidates(selected, candidates);
    const auto gathered = full.index({batchIndex, positionIndex}).gather(1, candidates);
    QVERIFY(maxDifference(perRow, gathered) < 1e-5);
  }

  void gradientsMatchFiniteDifferences_data() {
    QTest::addColumn<QString>("type");
    QTest::newRow("llama") << "llama";
    QTest::newRow("qwen3") << "qwen3";
  }

  void gradientsMatchFiniteDifferences() {
    QFETCH(QString, type);
    auto model = randomModel(tinyConfig(type.toStdString(), 2, true), 3, torch::kDouble);
    const auto tokens = ids({3, 9, 14, 2, 7, 1, 8, 19}, 2);
    const auto mask = ids({0, 1, 1, 1, 1, 1, 1, 1}, 2);
    const auto projection = torch::randn({2, 4, 50}, torch::kDouble);
    const auto loss = [&] { return (model->forward({tokens, mask}) * projection).sum(); };
    model->zero_grad();
    loss().backward();
    auto parameters = model->named_parameters();
    const std::vector<std::pair<std::string, std::int64_t>> coordinates{
        {"model.embed_tokens.weight", 9 * 32 + 5},
        {"model.layers.0.self_attn.q_proj.weight", 17},
        {"model.layers.1.self_attn.k_proj.weight", 100},
        {"model.layers.0.self_attn.v_proj.weight", 3},
        {"model.layers.1.mlp.down_proj.weight", 250},
        {"model.layers.0.input_layernorm.weight", 4},
        {"model.norm.weight", 30}};
    torch::NoGradGuard noGrad;
    for (const auto& [name, index] : coordinates) {
      auto flat = parameters[name].view({-1});
      const double analytic = parameters[name].grad().view({-1})[index].item<double>();
      const double original = flat[index].item<double>();
      const double step = 1e-6;
      flat[index] = original + step;
      const double up = loss().item<double>();
      flat[index] = original - step;
      const double down = loss().item<double>();
      flat[index] = original;
      const double numeric = (up - down) / (2 * step);
      const double tolerance = 1e-6 * std::max(1.0, std::abs(numeric));
      QVERIFY2(std::abs(analytic - numeric) < tolerance,
               qPrintable(QString("%1[%2]: autograd %3, finite difference %4")
                              .arg(name.c_str())
                              .arg(index)
                              .arg(analytic)
                              .arg(numeric)));
      QVERIFY2(analytic != 0.0, name.c_str());
    }
  }

  void weightsRoundTripThroughSafetensors() {
    QTemporaryDir dir;
    const std::filesystem::path file = dir.path().toStdString() + "/model.safetensors";
    auto original = randomModel(tinyConfig("qwen2"), 5);
    msl::saveWeights(original, file);
    auto loaded = msl::CausalLm(tinyConfig("qwen2"));
    msl::loadWeights(loaded, msl::CheckpointTensors(file));
    loaded->eval();
    torch::NoGradGuard noGrad;
    const auto tokens = ids({1, 2, 3, 4}, 1);
    QVERIFY(torch::equal(original->forward({tokens}), loaded->forward({tokens})));
  }

  void loadingChecksNamesAndShapes() {
    QTemporaryDir dir;
    const std::string folder = dir.path().toStdString();
    auto model = randomModel(tinyConfig("llama"));
    msl::saveWeights(model, folder + "/good.safetensors");
    const msl::CheckpointTensors good(folder + "/good.safetensors");

    // A config with more layers than the checkpoint: a missing tensor.
    auto deeper = tinyConfig("llama");
    deeper.numHiddenLayers = 3;
    auto tooDeep = msl::CausalLm(deeper);
    try {
      msl::loadWeights(tooDeep, good);
      QFAIL("a missing tensor was accepted");
    } catch (const msl::Error& e) {
      QVERIFY2(QString(e.what()).contains("lacks tensor 'model.layers.2."), e.what());
    }
    // Different kv heads: a shape mismatch naming the tensor and both shapes.
    auto otherHeads = msl::CausalLm(tinyConfig("llama", 4));
    try {
      msl::loadWeights(otherHeads, good);
      QFAIL("a shape mismatch was accepted");
    } catch (const msl::Error& e) {
      QVERIFY2(QString(e.what()).contains("tensor 'model.layers.0.self_attn.k_proj.weight' has "
                                          "shape [16, 32] but the config requires [32, 32]"),
               e.what());
    }
    // A Qwen2 checkpoint (with biases) loaded as llama: unexpected tensors.
    msl::saveWeights(randomModel(tinyConfig("qwen2")), folder + "/qwen.safetensors");
    auto llama = msl::CausalLm(tinyConfig("llama"));
    try {
      msl::loadWeights(llama, msl::CheckpointTensors(folder + "/qwen.safetensors"));
      QFAIL("unexpected tensors were accepted");
    } catch (const msl::Error& e) {
      QVERIFY2(
          QString(e.what()).contains("unexpected tensor 'model.layers.0.self_attn.k_proj.bias'"),
          e.what());
    }
  }

  void bf16CheckpointLoadsIntoFloat32() {
    QTemporaryDir dir;
    const std::filesystem::path file = dir.path().toStdString() + "/bf16.safetensors";
    auto original = randomModel(tinyConfig("llama"), 9);
    msl::saveWeights(original, file, torch::kBFloat16);
    auto loaded = msl::CausalLm(tinyConfig("llama"));
    msl::loadWeights(loaded, msl::CheckpointTensors(file));
    const auto expected =
        original->model->embed_tokens->weight.to(torch::kBFloat16).to(torch::kFloat);
    QVERIFY(torch::equal(loaded->model->embed_tokens->weight, expected));
    QCOMPARE(loaded->model->embed_tokens->weight.scalar_type(), torch::kFloat32);
  }

  void deviceChoiceOnThisMachine() {
    const auto choice = msl::chooseDevice();
    if (torch::cuda::is_available()) {
      QVERIFY(choice.device.is_cuda());
      QCOMPARE(choice.describe(), std::string("cuda:0 bfloat16"));
    } else {
      QVERIFY(choice.device.is_cpu());
      QCOMPARE(choice.describe(), std::string("cpu float32"));
    }
  }
};

QTEST_GUILESS_MAIN(TestDecoder)
#include "tst_decoder.moc"
