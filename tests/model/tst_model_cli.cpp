// `mslw model create | info --json | logits --json | export` end to end through the binary,
// with a tokenizer.json trained in the test.
#include <torch/torch.h>

#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

#include "bpe_training/bpe_trainer.h"
#include "bpe_training/tokenizer_json_writer.h"
#include "model/lora.h"
#include "model/lora_adapter_file.h"
#include "model/model_factory.h"

namespace {

struct Run {
  int exitCode = -1;
  QByteArray out, err;
};

Run mslw(const QStringList& arguments) {
  QProcess process;
  process.start(MSLW_BINARY, arguments);
  Run run;
  if (!process.waitForFinished(120000)) return run;
  run.exitCode = process.exitCode();
  run.out = process.readAllStandardOutput();
  run.err = process.readAllStandardError();
  return run;
}

nlohmann::json parsed(const Run& run) {
  return nlohmann::json::parse(run.out.toStdString());
}

}  // namespace

class TestModelCli : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  QString tokenizer_, checkpoint_;
  std::int64_t vocabulary_ = 0;  // what the trainer learnt from the small corpus

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    msl::BpeTrainingOptions options;
    options.vocabSize = 300;
    msl::BpeTrainer trainer(options);
    trainer.addTexts({"the hobbit", "the lord of the rings", "a game of thrones", "the hobbit"});
    tokenizer_ = dir_.filePath("tok/tokenizer.json");
    msl::writeTokenizerFiles(trainer.train(), tokenizer_.toStdString());
    checkpoint_ = dir_.filePath("ckpt");
  }

  void createInfoAndLogits() {
    const auto created =
        mslw({"model", "create", "--arch", "qwen2", "--preset", "tiny", "--tokenizer", tokenizer_,
              "--out", checkpoint_, "--seed", "4", "--json"});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    vocabulary_ = parsed(created)["vocab_size"].get<std::int64_t>();
    QVERIFY(vocabulary_ > 256 + 3);  // bytes, special tokens and some merges
    QVERIFY(QFile::exists(checkpoint_ + "/tokenizer.json"));
    QVERIFY(QFile::exists(checkpoint_ + "/tokenizer_config.json"));

    const auto info = mslw({"model", "info", "--ckpt", checkpoint_, "--json"});
    QVERIFY2(info.exitCode == 0, info.err.constData());
    const auto description = parsed(info);
    QCOMPARE(description["model_type"].get<std::string>(), std::string("qwen2"));
    QCOMPARE(description["layers"].get<std::int64_t>(), std::int64_t{2});
    const auto config = msl::loadModelConfig(checkpoint_.toStdString() + "/config.json");
    QCOMPARE(config.vocabSize, vocabulary_);
    QCOMPARE(description["parameters"].get<std::int64_t>(), config.parameterCount());
    QVERIFY(description["lora_training_bytes_512_tokens"].get<double>() >
            description["inference_bytes_512_tokens"].get<double>());

    const std::int64_t last = vocabulary_ - 1;
    const auto logits = mslw({"model", "logits", "--ckpt", checkpoint_, "--ids",
                              "1,5," + QString::number(last), "--json"});
    QVERIFY2(logits.exitCode == 0, logits.err.constData());
    const auto rows = parsed(logits)["logits"];
    QCOMPARE(rows.size(), std::size_t{3});
    QCOMPARE(static_cast<std::int64_t>(rows[0].size()), vocabulary_);
    // The same numbers as the library computes in this process.
    auto model = msl::loadCausalLm(checkpoint_.toStdString(), torch::kCPU, torch::kFloat32);
    torch::NoGradGuard noGrad;
    const auto expected = model->forward(
        {torch::tensor({std::int64_t{1}, std::int64_t{5}, last}, torch::kLong).view({1, -1})});
    for (int t = 0; t < 3; ++t)
      for (std::int64_t v : {std::int64_t{0}, std::int64_t{17}, last})
        QCOMPARE(rows[t][v].get<float>(), expected[0][t][v].item().toFloat());

    const auto outside = mslw(
        {"model", "logits", "--ckpt", checkpoint_, "--ids", "1," + QString::number(vocabulary_)});
    QVERIFY(outside.exitCode != 0);
    QVERIFY2(outside.err.contains("outside the vocabulary of " +
                                  QByteArray::number(qlonglong(vocabulary_))),
             outside.err.constData());
  }

  void adapterLogitsAndExport() {
    auto model = msl::loadCausalLm(checkpoint_.toStdString(), torch::kCPU, torch::kFloat32);
    const auto lora = msl::applyLora(model, {});
    {
      torch::NoGradGuard noGrad;
      for (auto& parameter : msl::trainableParameters(model)) parameter.normal_(0.0, 0.1);
    }
    const QString adapter = dir_.filePath("adapter");
    msl::saveLoraAdapter(model, lora, adapter.toStdString());
    model->eval();
    torch::NoGradGuard noGrad;
    const auto expected = model->forward({torch::tensor({7, 8}, torch::kLong).view({1, -1})});

    const auto withAdapter = mslw(
        {"model", "logits", "--ckpt", checkpoint_, "--ids", "7,8", "--adapter", adapter, "--json"});
    QVERIFY2(withAdapter.exitCode == 0, withAdapter.err.constData());
    const auto rows = parsed(withAdapter)["logits"];
    double difference = 0;
    for (int t = 0; t < 2; ++t)
      for (std::int64_t v = 0; v < vocabulary_; ++v)
        difference = std::max(
            difference, std::abs(rows[t][v].get<double>() - expected[0][t][v].item<double>()));
    QVERIFY2(difference < 1e-6, qPrintable(QString::number(difference)));

    const QString merged = dir_.filePath("merged");
    const auto exported = mslw({"model", "export", "--ckpt", checkpoint_, "--adapter", adapter,
                                "--out", merged, "--json"});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const auto mergedLogits = mslw({"model", "logits", "--ckpt", merged, "--ids", "7,8"});
    QVERIFY2(mergedLogits.exitCode == 0, mergedLogits.err.constData());
    const auto mergedRows = parsed(mergedLogits)["logits"];
    for (std::int64_t v = 0; v < vocabulary_; v += 37)
      QVERIFY(std::abs(mergedRows[1][v].get<double>() - expected[0][1][v].item<double>()) < 1e-5);

    const auto missing = mslw({"model", "logits", "--ckpt", checkpoint_, "--ids", "7", "--adapter",
                               dir_.filePath("tok")});
    QVERIFY(missing.exitCode != 0);
    QVERIFY2(missing.err.contains("adapter_model.safetensors: missing"), missing.err.constData());
  }
};

QTEST_GUILESS_MAIN(TestModelCli)
#include "tst_model_cli.moc"
