// The model on the GPU (label gpu, run by scripts/gpu-check.sh): the same tiny random model on
// the CPU in float32 and on CUDA in float32 and bfloat16 gives the same logits (float32 within
// 1e-4, bfloat16 within its rounding), the KV cache agrees on CUDA, and a LoRA step's gradients
// agree. Where no GPU is usable it skips with LibTorch's reason.
#include <torch/torch.h>

#include <QtTest/QtTest>

#include "model/causal_lm.h"
#include "model/lora.h"
#include "model/torch_runtime.h"

namespace {

msl::ModelConfig tinyConfig() {
  msl::ModelConfig config;
  config.modelType = "qwen3";
  config.vocabSize = 512;
  config.hiddenSize = 128;
  config.intermediateSize = 256;
  config.numHiddenLayers = 2;
  config.numAttentionHeads = 4;
  config.numKeyValueHeads = 2;
  config.headDim = 32;
  config.qkNorm = true;
  return config;
}

msl::CausalLm randomModel() {
  torch::manual_seed(1);
  msl::CausalLm model(tinyConfig());
  torch::NoGradGuard noGrad;
  for (auto& item : model->named_parameters()) {
    if (item.key().find("norm") != std::string::npos) {
      item.value().uniform_(0.8, 1.2);
    } else {
      item.value().normal_(0.0, 0.05);
    }
  }
  model->eval();
  return model;
}

double maxDifference(const torch::Tensor& a, const torch::Tensor& b) {
  return (a.to(torch::kCPU, torch::kFloat32) - b.to(torch::kCPU, torch::kFloat32))
      .abs()
      .max()
      .item<double>();
}

}  // namespace

class TestCudaModel : public QObject {
  Q_OBJECT

  torch::Tensor ids_;

 private Q_SLOTS:
  void initTestCase() {
    const msl::TorchRuntime runtime = msl::describeTorchRuntime();
    if (!runtime.gpuUsable) QSKIP(("no GPU: " + runtime.gpuUnavailableReason).c_str());
    qInfo("%d GPU(s), LibTorch %s, CUDA %s", runtime.gpuCount, runtime.torchVersion.c_str(),
          runtime.cudaVersion.c_str());
    torch::manual_seed(2);
    ids_ = torch::randint(0, tinyConfig().vocabSize, {4, 64}, torch::kLong);
  }

  void logitsAgreeWithTheCpu() {
    auto model = randomModel();
    torch::NoGradGuard noGrad;
    const auto cpu = model->forward({ids_});
    model->to(torch::kCUDA);
    const auto cudaFloat = model->forward({ids_.to(torch::kCUDA)});
    model->to(torch::kBFloat16);
    const auto cudaBf16 = model->forward({ids_.to(torch::kCUDA)});
    const double floatDifference = maxDifference(cudaFloat, cpu);
    const double bf16Difference = maxDifference(cudaBf16, cpu);
    const double span = cpu.abs().max().item<double>();
    qInfo("max |cuda - cpu|: float32 %.3g, bfloat16 %.3g (logits span %.3g)", floatDifference,
          bf16Difference, span);
    QVERIFY2(floatDifference < 1e-4, qPrintable(QString::number(floatDifference)));
    // bfloat16 keeps 8 bits of mantissa: a few units of 2^-8 of the span after two layers.
    QVERIFY2(bf16Difference < 0.05 * span, qPrintable(QString::number(bf16Difference)));
  }

  void kvCacheAgreesOnCuda() {
    auto model = randomModel();
    model->to(torch::kCUDA);
    torch::NoGradGuard noGrad;
    const auto ids = ids_.to(torch::kCUDA);
    const auto full = model->forward({ids});
    auto cache = model->newCache();
    std::vector<torch::Tensor> pieces{model->forward({ids.narrow(1, 0, 60), {}, {}, &cache})};
    for (std::int64_t t = 60; t < ids.size(1); ++t) {
      pieces.push_back(model->forward({ids.narrow(1, t, 1), {}, {}, &cache}));
    }
    const double difference = maxDifference(torch::cat(pieces, 1), full);
    qInfo("max |cached - full| on cuda: %.3g", difference);
    QVERIFY2(difference < 1e-4, qPrintable(QString::number(difference)));
  }

  void loraGradientsAgreeWithTheCpu() {
    std::map<std::string, torch::Tensor> gradients[2];
    for (int onCuda = 0; onCuda < 2; ++onCuda) {
      auto model = randomModel();
      msl::LoraConfig config;
      config.rank = 8;
      config.dropout = 0.0;
      msl::applyLora(model, config);
      torch::manual_seed(4);
      {
        torch::NoGradGuard noGrad;
        for (auto& item : model->named_parameters()) {
          if (msl::isLoraParameterName(item.key())) item.value().normal_(0.0, 0.05);
        }
      }
      const torch::Device device = onCuda ? torch::kCUDA : torch::kCPU;
      model->to(device);
      const auto ids = ids_.to(device);
      const auto logits = model->forward({ids});
      const auto loss = torch::nn::functional::cross_entropy(
          logits.narrow(1, 0, 63).reshape({-1, logits.size(-1)}),
          ids.narrow(1, 1, 63).reshape({-1}));
      loss.backward();
      for (auto& item : model->named_parameters()) {
        if (msl::isLoraParameterName(item.key()))
          gradients[onCuda][item.key()] = item.value().grad();
      }
    }
    double worst = 0;
    for (const auto& [name, gradient] : gradients[0]) {
      worst = std::max(worst, maxDifference(gradients[1].at(name), gradient));
    }
    qInfo("max LoRA gradient |cuda - cpu|: %.3g over %zu tensors", worst, gradients[0].size());
    QVERIFY(!gradients[0].empty());
    QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst)));
  }
};

QTEST_GUILESS_MAIN(TestCudaModel)
#include "tst_cuda_model.moc"
