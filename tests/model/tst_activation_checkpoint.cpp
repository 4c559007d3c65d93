// Activation checkpointing per decoder layer gives the gradients of the plain forward: for LoRA
// with dropout on frozen embeddings (the case where a reentrant checkpoint cuts the graph if
// done naively) and for full fine-tuning, with the attention mask of left-padded rows; and it
// changes nothing outside training.
#include <torch/torch.h>

#include <QtTest/QtTest>

#include <set>

#include "model/lora.h"

namespace {

msl::ModelConfig tinyConfig() {
  msl::ModelConfig config;
  config.modelType = "llama";
  config.vocabSize = 50;
  config.hiddenSize = 32;
  config.intermediateSize = 64;
  config.numHiddenLayers = 3;
  config.numAttentionHeads = 4;
  config.numKeyValueHeads = 2;
  config.headDim = 8;
  return config;
}

msl::CausalLm randomModel() {
  torch::manual_seed(5);
  msl::CausalLm model(tinyConfig());
  torch::NoGradGuard noGrad;
  for (auto& item : model->named_parameters())
    item.value().normal_(item.key().find("norm") != std::string::npos ? 1.0 : 0.0, 0.2);
  return model;
}

// How many nodes of the autograd graph behind `output` recompute a checkpointed layer.
int checkpointNodes(const torch::Tensor& output) {
  std::vector<torch::autograd::Node*> pending{output.grad_fn().get()};
  std::set<torch::autograd::Node*> seen;
  int count = 0;
  while (!pending.empty()) {
    torch::autograd::Node* node = pending.back();
    pending.pop_back();
    if (!node || !seen.insert(node).second) continue;
    if (node->name().find("CheckpointFunction") != std::string::npos) ++count;
    for (const auto& edge : node->next_edges()) pending.push_back(edge.function.get());
  }
  return count;
}

// Gradients of a loss over every logit, after one forward+backward in training mode.
std::vector<torch::Tensor> gradients(bool lora, bool checkpointing) {
  msl::CausalLm model = randomModel();
  if (lora) {
    msl::LoraConfig config;
    config.rank = 4;
    config.dropout = 0.2;
    config.targetModules = {"q_proj", "v_proj", "down_proj"};
    msl::applyLora(model, config);
    torch::manual_seed(6);
    torch::NoGradGuard noGrad;
    for (auto& item : model->named_parameters())
      if (msl::isLoraParameterName(item.key())) item.value().normal_(0.0, 0.1);
  } else {
    msl::enableFullFineTuning(model);
  }
  model->model->setActivationCheckpointing(checkpointing);
  model->train();
  const auto ids =
      torch::tensor({0, 0, 4, 9, 14, 2, 7, 33, 1, 8, 21, 40}, torch::kLong).view({2, 6});
  const auto mask = torch::tensor({0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, torch::kLong).view({2, 6});
  torch::manual_seed(7);  // the dropout masks
  const torch::Tensor logits = model->forward({ids, mask, {}});
  // Each layer is a checkpoint node when asked for, and none otherwise.
  const int nodes = checkpointNodes(logits);
  if (nodes != (checkpointing ? 3 : 0)) {
    qWarning("%d checkpoint nodes in the graph", nodes);
    return {};
  }
  (logits.pow(2).mean() + logits.select(2, 3).sum()).backward();
  std::vector<torch::Tensor> grads;
  for (const auto& parameter : msl::trainableParameters(model)) {
    if (!parameter.grad().defined()) return {};
    grads.push_back(parameter.grad().clone());
  }
  return grads;
}

}  // namespace

class TestActivationCheckpoint : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void sameGradientsWithAndWithout_data() {
    QTest::addColumn<bool>("lora");
    QTest::newRow("LoRA with dropout, frozen embeddings") << true;
    QTest::newRow("full fine-tuning") << false;
  }

  void sameGradientsWithAndWithout() {
    QFETCH(bool, lora);
    const auto plain = gradients(lora, false);
    const auto checkpointed = gradients(lora, true);
    QVERIFY(!plain.empty());
    QVERIFY2(!checkpointed.empty(), "a trainable tensor got no gradient under checkpointing");
    QCOMPARE(checkpointed.size(), plain.size());
    double largest = 0;
    double scale = 0;
    for (std::size_t i = 0; i < plain.size(); ++i) {
      largest = std::max(largest, (plain[i] - checkpointed[i]).abs().max().item<double>());
      scale = std::max(scale, plain[i].abs().max().item<double>());
    }
    qInfo("%zu gradients, largest difference %.3g (largest gradient %.3g)", plain.size(), largest,
          scale);
    QVERIFY(scale > 0);
    QVERIFY2(largest <= 1e-6 * scale, qPrintable(QString::number(largest)));
  }

  void inferenceAndNoGradAreUnchanged() {
    msl::CausalLm model = randomModel();
    model->model->setActivationCheckpointing(true);
    model->eval();
    const auto ids = torch::tensor({3, 9, 14, 2}, torch::kLong).view({1, 4});
    torch::NoGradGuard noGrad;
    const torch::Tensor with = model->forward({ids, {}, {}});
    model->model->setActivationCheckpointing(false);
    QVERIFY(torch::equal(with, model->forward({ids, {}, {}})));
  }
};

QTEST_GUILESS_MAIN(TestActivationCheckpoint)
#include "tst_activation_checkpoint.moc"
