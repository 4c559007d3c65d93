// A merged export (base + LoRA adapter) is a plain Hugging Face checkpoint whose logits are
// the adapter model's.
#include <torch/torch.h>

#include <QtTest/QtTest>

#include <fstream>

#include "common/error.h"
#include "model/lora.h"
#include "model/lora_adapter_file.h"
#include "model/merged_export.h"
#include "model/model_factory.h"
#include "model/safetensors_file.h"

class TestMergedExport : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void exportLoadsAndGivesTheAdapterModelsLogits() {
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    msl::CausalLm base(msl::presetModelConfig("qwen2", "tiny", 200, 1, {2}));
    msl::initializeLikeHuggingFace(base, 3);
    msl::writeCheckpoint(base, root / "base");
    std::ofstream(root / "base" / "tokenizer.json") << "{}";

    auto tuned = msl::loadCausalLm(root / "base", torch::kCPU, torch::kFloat32);
    msl::LoraConfig lora;
    lora.targetModules = {"q_proj", "v_proj", "down_proj"};
    lora = msl::applyLora(tuned, lora);
    {
      torch::NoGradGuard noGrad;
      torch::manual_seed(9);
      for (auto& parameter : msl::trainableParameters(tuned)) parameter.normal_(0.0, 0.05);
    }
    msl::saveLoraAdapter(tuned, lora, root / "adapter");

    msl::exportMergedCheckpoint(root / "base", root / "adapter", root / "merged");
    QVERIFY(std::filesystem::exists(root / "merged" / "tokenizer.json"));
    const msl::SafetensorsFile weights(root / "merged" / "model.safetensors");
    for (const auto& name : weights.tensorNames())
      QVERIFY2(name.find("lora") == std::string::npos, name.c_str());

    auto merged = msl::loadCausalLm(root / "merged", torch::kCPU, torch::kFloat32);
    QVERIFY(!msl::hasLora(merged));
    torch::NoGradGuard noGrad;
    tuned->eval();
    const auto ids = torch::tensor({5, 17, 199, 0, 42, 7}, torch::kLong).view({1, -1});
    const auto expected = tuned->forward({ids});
    const double difference = (merged->forward({ids}) - expected).abs().max().item<double>();
    const double adapterEffect = (base->forward({ids}) - expected).abs().max().item<double>();
    qInfo("max |merged export - adapter model| = %g (adapter moves logits by %g)", difference,
          adapterEffect);
    QVERIFY2(difference < 1e-5, qPrintable(QString::number(difference)));
    QVERIFY2(adapterEffect > 1e-3, qPrintable(QString::number(adapterEffect)));

    // A bf16 export says so in config.json and stores bf16 tensors.
    msl::exportMergedCheckpoint(root / "base", root / "adapter", root / "bf16", torch::kBFloat16);
    QCOMPARE(msl::loadModelConfig(root / "bf16" / "config.json").torchDtype,
             std::string("bfloat16"));
    const msl::SafetensorsFile bf16(root / "bf16" / "model.safetensors");
    QCOMPARE(bf16.header().tensors.at("model.norm.weight").dtype, msl::SafetensorsDtype::BF16);
  }

  void exportingOverTheBaseIsRefused() {
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    msl::CausalLm base(msl::presetModelConfig("llama", "tiny", 50, 1, {2}));
    msl::writeCheckpoint(base, root / "base");
    try {
      msl::exportMergedCheckpoint(root / "base", root / "adapter", root / "base");
      QFAIL("export over the base checkpoint accepted");
    } catch (const msl::Error& e) {
      QVERIFY2(QString(e.what()).contains("is the base checkpoint"), e.what());
    }
  }
};

QTEST_GUILESS_MAIN(TestMergedExport)
#include "tst_merged_export.moc"
