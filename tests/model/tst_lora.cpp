// LoRA: B = 0 leaves the model unchanged, merged equals unmerged, only adapters train, dropout
// only in training, PEFT initialisation, and PEFT-layout adapter files (round trip, a
// hand-built PEFT file, and every malformed case with its error).
#include <torch/torch.h>

#include <QtTest/QtTest>

#include <fstream>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "model/lora.h"
#include "model/lora_adapter_file.h"
#include "model/safetensors_writer.h"
#include "model/tensor_conversion.h"

namespace {

msl::ModelConfig tinyConfig() {
  msl::ModelConfig config;
  config.modelType = "qwen2";
  config.vocabSize = 40;
  config.hiddenSize = 32;
  config.intermediateSize = 48;
  config.numHiddenLayers = 2;
  config.numAttentionHeads = 4;
  config.numKeyValueHeads = 2;
  config.headDim = 8;
  config.qkvBias = true;
  return config;
}

msl::CausalLm randomModel(std::uint64_t seed = 1) {
  torch::manual_seed(seed);
  msl::CausalLm model(tinyConfig());
  torch::NoGradGuard noGrad;
  for (auto& item : model->named_parameters())
    item.value().normal_(item.key().find("norm") != std::string::npos ? 1.0 : 0.0, 0.2);
  model->eval();
  return model;
}

void randomizeAdapters(msl::CausalLm& model, std::uint64_t seed) {
  torch::manual_seed(seed);
  torch::NoGradGuard noGrad;
  for (auto& item : model->named_parameters())
    if (msl::isLoraParameterName(item.key())) item.value().normal_(0.0, 0.1);
}

const torch::Tensor kTokens = torch::tensor({3, 9, 14, 2, 7, 33, 1, 8}, torch::kLong).view({2, 4});

double maxDifference(const torch::Tensor& a, const torch::Tensor& b) {
  return (a - b).abs().max().item<double>();
}

void writeJson(const std::filesystem::path& path, const nlohmann::json& json) {
  std::ofstream(path) << json.dump(2);
}

// An adapter folder written by hand the way PEFT writes one (its own extra config keys).
void writePeftFolder(const std::filesystem::path& folder, std::int64_t rank,
                     const std::map<std::string, torch::Tensor>& tensors,
                     nlohmann::json overrides = nlohmann::json::object()) {
  std::filesystem::create_directories(folder);
  nlohmann::json config{{"alpha_pattern", nlohmann::json::object()},
                        {"auto_mapping", nullptr},
                        {"base_model_name_or_path", "Qwen/Qwen2.5-0.5B"},
                        {"bias", "none"},
                        {"fan_in_fan_out", false},
                        {"inference_mode", true},
                        {"init_lora_weights", true},
                        {"layers_pattern", nullptr},
                        {"layers_to_transform", nullptr},
                        {"loftq_config", nlohmann::json::object()},
                        {"lora_alpha", 32},
                        {"lora_dropout", 0.1},
                        {"megatron_config", nullptr},
                        {"modules_to_save", nullptr},
                        {"peft_type", "LORA"},
                        {"r", rank},
                        {"rank_pattern", nlohmann::json::object()},
                        {"revision", nullptr},
                        {"target_modules", {"v_proj", "q_proj"}},
                        {"task_type", "CAUSAL_LM"},
                        {"use_dora", false},
                        {"use_rslora", false}};
  config.update(overrides);
  writeJson(folder / "adapter_config.json", config);
  std::vector<msl::SafetensorsTensorView> views;
  for (const auto& [name, tensor] : tensors) views.push_back(msl::viewForWriting(name, tensor));
  msl::writeSafetensors(folder / "adapter_model.safetensors", views);
}

std::map<std::string, torch::Tensor> peftTensors(std::int64_t rank, std::uint64_t seed) {
  torch::manual_seed(seed);
  std::map<std::string, torch::Tensor> tensors;
  for (int layer = 0; layer < 2; ++layer) {
    const std::string prefix = "base_model.model.model.layers." + std::to_string(layer) + ".";
    tensors[prefix + "self_attn.q_proj.lora_A.weight"] = torch::randn({rank, 32});
    tensors[prefix + "self_attn.q_proj.lora_B.weight"] = torch::randn({32, rank});
    tensors[prefix + "self_attn.v_proj.lora_A.weight"] = torch::randn({rank, 32});
    tensors[prefix + "self_attn.v_proj.lora_B.weight"] = torch::randn({16, rank});  // 2 kv x 8
  }
  return tensors;
}

QString loadError(const std::filesystem::path& folder) {
  auto model = randomModel();
  try {
    msl::loadLoraAdapter(model, folder);
  } catch (const msl::Error& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

class TestLora : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void zeroBLeavesTheModelUnchanged() {
    auto model = randomModel();
    torch::NoGradGuard noGrad;
    const auto base = model->forward({kTokens});
    msl::applyLora(model, {});
    QVERIFY(msl::hasLora(model));
    QVERIFY(torch::equal(model->forward({kTokens}), base));
  }

  void initialisationFollowsPeft() {
    auto model = randomModel();
    msl::LoraConfig config;
    config.rank = 4;
    config.alpha = 8;
    config.targetModules = {"q_proj", "down_proj"};
    msl::applyLora(model, config);
    auto& layer = model->model->layers->at<msl::DecoderLayerImpl>(1);
    const auto& a = layer.mlp->down_proj->lora_A->weight;  // [4, 48]
    QCOMPARE(a.sizes(), (c10::IntArrayRef{4, 48}));
    QCOMPARE(layer.mlp->down_proj->lora_B->weight.sizes(), (c10::IntArrayRef{32, 4}));
    QVERIFY(torch::equal(layer.mlp->down_proj->lora_B->weight, torch::zeros({32, 4})));
    // kaiming_uniform(a = sqrt(5)) on fan_in 48: U(-1/sqrt(48), 1/sqrt(48)).
    const double bound = 1.0 / std::sqrt(48.0);
    QVERIFY(a.abs().max().item<double>() <= bound);
    QVERIFY(a.abs().max().item<double>() > 0.8 * bound);
    QCOMPARE(layer.mlp->down_proj->scaling(), 2.0);
    QVERIFY(!layer.self_attn->v_proj->hasLora());
    QVERIFY(layer.self_attn->q_proj->hasLora());
  }

  void mergedEqualsUnmergedAndUnmergeRestores() {
    auto model = randomModel();
    msl::LoraConfig config;
    config.targetModules = {"q_proj",    "k_proj",  "v_proj",   "o_proj",
                            "gate_proj", "up_proj", "down_proj"};
    const auto baseWeight =
        model->model->layers->at<msl::DecoderLayerImpl>(0).self_attn->q_proj->weight.clone();
    torch::NoGradGuard noGrad;
    const auto base = model->forward({kTokens});
    msl::applyLora(model, config);
    randomizeAdapters(model, 5);
    const auto unmerged = model->forward({kTokens});
    QVERIFY2(maxDifference(unmerged, base) > 1e-2, "the adapters change nothing");
    msl::mergeLora(model);
    const auto merged = model->forward({kTokens});
    const double difference = maxDifference(merged, unmerged);
    qInfo("max |merged - unmerged| = %g, logits span %g", difference,
          unmerged.abs().max().item<double>());
    QVERIFY2(difference < 1e-5, qPrintable(QString::number(difference)));
    msl::unmergeLora(model);
    auto& q = model->model->layers->at<msl::DecoderLayerImpl>(0).self_attn->q_proj;
    QVERIFY(!q->merged());
    QVERIFY(maxDifference(q->weight, baseWeight) < 1e-6);
    QVERIFY(maxDifference(model->forward({kTokens}), unmerged) < 1e-5);
  }

  void onlyAdaptersReceiveGradients() {
    auto model = randomModel();
    msl::applyLora(model, {});
    randomizeAdapters(model, 2);
    model->train();
    const auto names = msl::trainableParameterNames(model);
    QCOMPARE(names.size(), std::size_t{2 * 2 * 2});  // layers x {q, v} x {A, B}
    for (const auto& name : names) QVERIFY2(msl::isLoraParameterName(name), name.c_str());
    QCOMPARE(msl::trainableParameters(model).size(), names.size());
    model->forward({kTokens}).pow(2).mean().backward();
    for (const auto& item : model->named_parameters()) {
      if (msl::isLoraParameterName(item.key())) {
        QVERIFY2(item.value().grad().defined(), item.key().c_str());
        QVERIFY2(item.value().grad().abs().sum().item<double>() > 0, item.key().c_str());
      } else {
        QVERIFY2(!item.value().grad().defined(), item.key().c_str());
      }
    }
  }

  void fullFineTuningTrainsEverything() {
    auto model = randomModel();
    for (auto& parameter : model->parameters()) parameter.set_requires_grad(false);
    msl::enableFullFineTuning(model);
    QCOMPARE(msl::trainableParameters(model).size(), model->parameters().size());
    msl::applyLora(model, {});
    try {
      msl::enableFullFineTuning(model);
      QFAIL("full fine-tuning accepted on a LoRA model");
    } catch (const msl::Error& e) {
      QVERIFY2(QString(e.what()).contains("carries LoRA adapters"), e.what());
    }
  }

  void dropoutOnlyInTraining() {
    auto model = randomModel();
    msl::LoraConfig config;
    config.dropout = 0.5;
    msl::applyLora(model, config);
    randomizeAdapters(model, 3);
    torch::NoGradGuard noGrad;
    model->train();
    const auto first = model->forward({kTokens});
    const auto second = model->forward({kTokens});
    QVERIFY2(maxDifference(first, second) > 1e-4, "dropout inactive in training mode");
    model->eval();
    const auto evalFirst = model->forward({kTokens});
    QVERIFY(torch::equal(evalFirst, model->forward({kTokens})));
    msl::mergeLora(model);
    QVERIFY(maxDifference(model->forward({kTokens}), evalFirst) < 1e-5);
  }

  void saveLoadRoundTripIsBitExact() {
    QTemporaryDir dir;
    const std::filesystem::path folder = dir.path().toStdString();
    auto model = randomModel();
    msl::LoraConfig config;
    config.rank = 4;
    config.alpha = 12;
    config.targetModules = {"v_proj", "up_proj", "q_proj"};
    config.baseModelNameOrPath = "tiny-qwen2";
    config = msl::applyLora(model, config);
    randomizeAdapters(model, 4);
    msl::saveLoraAdapter(model, config, folder);

    nlohmann::json json;
    std::ifstream(folder / "adapter_config.json") >> json;
    QCOMPARE(json["peft_type"].get<std::string>(), std::string("LORA"));
    QCOMPARE(json["task_type"].get<std::string>(), std::string("CAUSAL_LM"));
    QCOMPARE(json["r"].get<int>(), 4);
    QCOMPARE(json["lora_alpha"].get<double>(), 12.0);
    QCOMPARE(json["bias"].get<std::string>(), std::string("none"));
    QCOMPARE(json["fan_in_fan_out"].get<bool>(), false);
    QCOMPARE(json["target_modules"].get<std::vector<std::string>>(),
             (std::vector<std::string>{"q_proj", "up_proj", "v_proj"}));
    QCOMPARE(json["base_model_name_or_path"].get<std::string>(), std::string("tiny-qwen2"));

    const msl::SafetensorsFile file(folder / "adapter_model.safetensors");
    QCOMPARE(file.tensorNames().size(), std::size_t{2 * 3 * 2});
    QVERIFY(file.contains("base_model.model.model.layers.1.mlp.up_proj.lora_B.weight"));
    QCOMPARE(file.header()
                 .tensors.at("base_model.model.model.layers.0.self_attn.v_proj.lora_B.weight")
                 .shape,
             (std::vector<std::int64_t>{16, 4}));

    auto loaded = randomModel();  // same seed: same base weights
    const auto loadedConfig = msl::loadLoraAdapter(loaded, folder);
    QCOMPARE(loadedConfig.rank, std::int64_t{4});
    auto original = model->named_parameters();
    for (const auto& item : loaded->named_parameters())
      QVERIFY2(torch::equal(item.value(), original[item.key()]), item.key().c_str());
    QCOMPARE(msl::trainableParameterNames(loaded), msl::trainableParameterNames(model));
    torch::NoGradGuard noGrad;
    QVERIFY(torch::equal(loaded->forward({kTokens}), model->forward({kTokens})));
  }

  void handBuiltPeftAdapterLoads() {
    QTemporaryDir dir;
    const std::filesystem::path folder = dir.path().toStdString();
    const auto tensors = peftTensors(2, 11);
    writePeftFolder(folder, 2, tensors);
    auto model = randomModel();
    torch::NoGradGuard noGrad;
    const auto base = model->forward({kTokens});
    const auto config = msl::loadLoraAdapter(model, folder);
    QCOMPARE(config.alpha, 32.0);
    QCOMPARE(config.dropout, 0.1);
    QCOMPARE(config.baseModelNameOrPath, std::string("Qwen/Qwen2.5-0.5B"));
    auto& v = model->model->layers->at<msl::DecoderLayerImpl>(1).self_attn->v_proj;
    QVERIFY(
        torch::equal(v->lora_B->weight,
                     tensors.at("base_model.model.model.layers.1.self_attn.v_proj.lora_B.weight")));
    QCOMPARE(v->scaling(), 16.0);
    // The adapter's effect equals W + (alpha / r) B A applied by hand.
    const auto expectedDelta =
        torch::matmul(
            tensors.at("base_model.model.model.layers.1.self_attn.v_proj.lora_B.weight"),
            tensors.at("base_model.model.model.layers.1.self_attn.v_proj.lora_A.weight")) *
        16.0;
    QVERIFY(maxDifference(v->loraDelta(), expectedDelta) < 1e-5);
    QVERIFY(maxDifference(model->forward({kTokens}), base) > 1e-2);
  }

  void malformedAdaptersGiveTheirErrors() {
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    const auto tensors = peftTensors(2, 11);

    writePeftFolder(root / "rank", 3, tensors);  // config says r = 3, tensors have r = 2
    QVERIFY2(loadError(root / "rank")
                 .contains("tensor 'base_model.model.model.layers.0.self_attn.q_proj.lora_A."
                           "weight' has shape [2, 32] but r = 3 and the model require [3, 32]"),
             qPrintable(loadError(root / "rank")));

    auto missing = tensors;
    missing.erase("base_model.model.model.layers.1.self_attn.v_proj.lora_A.weight");
    writePeftFolder(root / "missing", 2, missing);
    QVERIFY2(loadError(root / "missing")
                 .contains("lacks tensor 'base_model.model.model.layers.1.self_attn.v_proj."
                           "lora_A.weight' of shape [2, 32]"),
             qPrintable(loadError(root / "missing")));

    auto extra = tensors;
    extra["base_model.model.model.layers.0.self_attn.k_proj.lora_A.weight"] = torch::zeros({2, 32});
    writePeftFolder(root / "extra", 2, extra);
    QVERIFY2(loadError(root / "extra")
                 .contains("unexpected tensor 'base_model.model.model.layers.0.self_attn.k_proj."
                           "lora_A.weight'"),
             qPrintable(loadError(root / "extra")));

    auto wrongOut = tensors;  // v_proj's B with q_proj's output width
    wrongOut["base_model.model.model.layers.0.self_attn.v_proj.lora_B.weight"] =
        torch::zeros({32, 2});
    writePeftFolder(root / "out", 2, wrongOut);
    QVERIFY2(loadError(root / "out")
                 .contains("has shape [32, 2] but r = 2 and the model require "
                           "[16, 2]"),
             qPrintable(loadError(root / "out")));

    writePeftFolder(root / "dora", 2, tensors, {{"use_dora", true}});
    QVERIFY2(
        loadError(root / "dora").contains("adapter_config.json: use_dora: true is not supported"),
        qPrintable(loadError(root / "dora")));

    writePeftFolder(root / "target", 2, tensors, {{"target_modules", {"q_proj", "c_attn"}}});
    QVERIFY2(loadError(root / "target").contains("unsupported target module 'c_attn'"),
             qPrintable(loadError(root / "target")));

    writePeftFolder(root / "type", 2, tensors, {{"peft_type", "IA3"}});
    QVERIFY2(loadError(root / "type").contains("peft_type: expected \"LORA\""),
             qPrintable(loadError(root / "type")));

    // The fuzzer's finding: a float rank was converted to an integer (undefined behaviour).
    writePeftFolder(root / "float", 2, tensors, {{"r", 8.1e24}});
    QVERIFY2(loadError(root / "float")
                 .contains("adapter_config.json: r: expected an integer, found 8.1e+24"),
             qPrintable(loadError(root / "float")));

    std::filesystem::create_directories(root / "pickle");
    std::ofstream(root / "pickle" / "adapter_model.bin") << "PK";
    QVERIFY2(loadError(root / "pickle").contains("safetensors"),
             qPrintable(loadError(root / "pickle")));
    QVERIFY2(loadError(root / "pickle").startsWith("loading LoRA adapter "),
             qPrintable(loadError(root / "pickle")));

    // A failed load leaves the model without adapters.
    auto model = randomModel();
    try {
      msl::loadLoraAdapter(model, root / "rank");
    } catch (const msl::Error&) {
    }
    QVERIFY(!msl::hasLora(model));
  }

  void savingChecksTheConfigAgainstTheModel() {
    QTemporaryDir dir;
    auto model = randomModel();
    msl::LoraConfig config;
    msl::applyLora(model, config);
    config.targetModules = {"q_proj", "k_proj", "v_proj"};
    try {
      msl::saveLoraAdapter(model, config, dir.path().toStdString());
      QFAIL("a config naming k_proj was accepted for a q/v model");
    } catch (const msl::Error& e) {
      QVERIFY2(QString(e.what()).contains("k_proj is a target module but carries no adapter"),
               e.what());
    }
  }
};

QTEST_GUILESS_MAIN(TestLora)
#include "tst_lora.moc"
