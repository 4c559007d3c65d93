// Memory estimates before loading: the breakdown's figures, /proc/meminfo parsing, and the
// refusal of a load that exceeds an (artificially small) limit, before any weight is read.
#include <torch/torch.h>

#include <QtTest/QtTest>

#include "common/error.h"
#include "model/available_memory.h"
#include "model/flop_count.h"
#include "model/lora.h"
#include "model/model_factory.h"

namespace {

msl::ModelConfig llama32OneBillion() {
  return msl::loadModelConfig(MSLW_SOURCE_DIR "/tests/model/fixtures/llama-3.2-1b.config.json");
}

}  // namespace

class TestMemoryEstimate : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void breakdownOfLlama32OneBillion() {
    const auto config = llama32OneBillion();
    msl::MemoryWorkload workload;
    workload.bytesPerValue = 2;
    workload.batch = 4;
    workload.sequenceLength = 1024;
    const auto inference = msl::estimateMemory(config, workload);
    QCOMPARE(inference.weights, 2.0 * 1235814400);
    // 2 (K and V) x 16 layers x 8 kv heads x 64 x 4096 tokens x 2 bytes.
    QCOMPARE(inference.kvCache, 2.0 * 16 * 8 * 64 * 4096 * 2);
    QCOMPARE(inference.gradients, 0.0);

    workload.use = msl::MemoryUse::LoraTraining;
    const auto lora = msl::estimateMemory(config, workload);
    // r = 8 on q (2048 -> 2048) and v (2048 -> 512) in 16 layers.
    const double adapters = 16.0 * 8 * ((2048 + 2048) + (2048 + 512));
    QCOMPARE(lora.trainable, adapters * 4);
    QCOMPARE(lora.optimizerStates, adapters * 8);
    QVERIFY(lora.activations > inference.activations);

    workload.use = msl::MemoryUse::FullTraining;
    const auto full = msl::estimateMemory(config, workload);
    QCOMPARE(full.gradients, 1235814400.0 * 4);
    // Full fine-tuning adds float32 gradients and two AdamW moments for every weight.
    QCOMPARE(full.total() - lora.total(), 3 * 1235814400.0 * 4 - 4 * adapters * 4);
    QVERIFY(QString::fromStdString(full.describe()).contains("AdamW states 9.89 GB"));
  }

  void bf16FullFineTuningKeepsFp32WeightsAndAddsTheirCasts() {
    const auto config = llama32OneBillion();
    msl::MemoryWorkload fp32;
    fp32.use = msl::MemoryUse::FullTraining;
    fp32.batch = 4;
    fp32.sequenceLength = 1024;
    msl::MemoryWorkload bf16 = fp32;
    bf16.autocastBytesPerValue = 2;
    const auto plain = msl::estimateMemory(config, fp32);
    const auto mixed = msl::estimateMemory(config, bf16);
    // The master weights, gradients and moments stay fp32; autocast adds bf16 weight copies and
    // halves the activations kept for backward (the attention scores stay fp32).
    QCOMPARE(mixed.weights, plain.weights);
    QCOMPARE(mixed.gradients, plain.gradients);
    QCOMPARE(mixed.optimizerStates, plain.optimizerStates);
    QCOMPARE(mixed.weightCasts, 2.0 * 1235814400);
    QCOMPARE(plain.weightCasts, 0.0);
    // fp32 [4, 32 heads, 1024, 1024] scores and probabilities: half of them kept per layer (16)
    // and one layer's more while it runs.
    const double scores = (16 + 1) * (2.0 * 4 * 32 * 1024.0 * 1024 * 4) / 2;
    QCOMPARE(mixed.activations - scores, (plain.activations - scores) / 2);
    QVERIFY(QString::fromStdString(mixed.describe()).contains("autocast weight copies 2.47 GB"));
  }

  void loraParameterCountMatchesTheModel() {
    auto config = msl::presetModelConfig("qwen2", "tiny", 100, std::nullopt, {0});
    msl::LoraConfig lora;
    lora.rank = 4;
    lora.targetModules = {"q_proj",    "k_proj",  "v_proj",   "o_proj",
                          "gate_proj", "up_proj", "down_proj"};
    msl::CausalLm model(config);
    msl::applyLora(model, lora);
    std::int64_t count = 0;
    for (const auto& parameter : msl::trainableParameters(model)) count += parameter.numel();
    QCOMPARE(msl::loraParameterCount(config, lora), count);
  }

  void memAvailableIsParsed() {
    QCOMPARE(msl::memAvailableFromMeminfo("MemTotal:  100 kB\nMemFree: 5 kB\nMemAvailable:    "
                                          "  2048 kB\n"),
             std::optional<std::int64_t>(2048 * 1024));
    QVERIFY(!msl::memAvailableFromMeminfo("MemTotal: 100 kB\n"));
    const auto onThisMachine = msl::availableMemory(torch::kCPU);
    QVERIFY(onThisMachine.has_value());
    QVERIFY(onThisMachine->bytes > 0);
    QVERIFY(QString::fromStdString(onThisMachine->source).contains("MemAvailable"));
  }

  void loadIsRefusedUnderASmallLimit() {
    QTemporaryDir dir;
    const std::string folder = dir.path().toStdString();
    msl::CausalLm model(msl::presetModelConfig("llama", "tiny", 300, 1, {2}));
    msl::writeCheckpoint(model, folder);
    try {
      msl::loadCausalLm(folder, torch::kCPU, torch::kFloat32, {}, 10'000);
      QFAIL("a model larger than the limit was loaded");
    } catch (const msl::Error& e) {
      const QString message = e.what();
      QVERIFY2(message.startsWith("loading model " + dir.path() + ": the model needs about "),
               e.what());
      QVERIFY2(message.contains("but only 0.00 GB are available under the memory limit of cpu"),
               e.what());
      QVERIFY2(message.contains("weights 0.00 GB"), e.what());
    }
    // Full fine-tuning of the same model needs more than inference: a limit between the two
    // admits one and refuses the other.
    msl::MemoryWorkload training;
    training.use = msl::MemoryUse::FullTraining;
    const auto config = model->config();
    const double inference = msl::estimateMemory(config, {}).total();
    const double full = msl::estimateMemory(config, training).total();
    QVERIFY(full > inference);
    const auto limit = static_cast<std::int64_t>((inference + full) / 2);
    QVERIFY(msl::loadCausalLm(folder, torch::kCPU, torch::kFloat32, {}, limit));
    try {
      msl::loadCausalLm(folder, torch::kCPU, torch::kFloat32, training, limit);
      QFAIL("full fine-tuning over the limit was accepted");
    } catch (const msl::Error& e) {
      QVERIFY2(QString(e.what()).contains("LoRA instead of full fine-tuning"), e.what());
    }
  }

  void flopCountOfLlama32OneBillion() {
    const auto config = llama32OneBillion();
    // Projections: 16 x (2 x 2048 x 2048 + 2 x 2048 x 512 + 3 x 2048 x 8192); head 128256 x 2048.
    const std::int64_t expected =
        16LL * (2 * 2048 * 2048 + 2 * 2048 * 512 + 3 * 2048 * 8192) + 128256LL * 2048;
    QCOMPARE(msl::matmulParameterCount(config), expected);
    const auto flops = msl::forwardFlops(config, 1, 256);
    QCOMPARE(flops.matmul, 2.0 * expected * 256);
    QCOMPARE(flops.attention, 16.0 * 4 * 256 * 256 * 2048);
    auto half = config;
    half.numHiddenLayers = 8;
    QCOMPARE(msl::forwardFlops(half, 1, 256).attention, flops.attention / 2);
  }
};

QTEST_GUILESS_MAIN(TestMemoryEstimate)
#include "tst_memory_estimate.moc"
