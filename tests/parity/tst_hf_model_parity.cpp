// Parity with transformers and peft (the reference Python environment): tiny Llama, Mistral,
// Qwen2 (tied embeddings, bf16 on disk), Qwen3 and a sharded Llama-3-rope checkpoint, created
// by transformers; our logits within 1e-4 of theirs in float32 on the same ids, plain, left
// padded and through the KV cache; LoRA gradients within 1e-4 of peft's; adapters saved by peft
// load here with peft's outputs, and ours load in peft with ours.
#include <torch/torch.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <filesystem>

#include "common/hf_reference.h"
#include "model/checkpoint_weights.h"
#include "model/lora.h"
#include "model/lora_adapter_file.h"
#include "model/model_factory.h"
#include "model/safetensors_file.h"
#include "model/safetensors_writer.h"
#include "model/tensor_conversion.h"

namespace fs = std::filesystem;

namespace {

constexpr double kTolerance = 1e-4;
const char* kScript = MSLW_SOURCE_DIR "/tests/parity/hf_models.py";

std::map<std::string, torch::Tensor> readAll(const fs::path& file) {
  const msl::SafetensorsFile reader(file);
  std::map<std::string, torch::Tensor> tensors;
  for (const std::string& name : reader.tensorNames()) {
    const auto bytes = reader.bytes(name);
    const bool integer = bytes.info->dtype == msl::SafetensorsDtype::I64;
    tensors[name] = msl::toTensor(bytes, torch::dtype(integer ? torch::kLong : torch::kFloat32));
  }
  return tensors;
}

double maxDifference(const torch::Tensor& ours, const torch::Tensor& theirs) {
  return (ours - theirs).abs().max().item<double>();
}

bool runPython(const QStringList& arguments, QString* output) {
  QProcess python;
  python.setProcessChannelMode(QProcess::MergedChannels);
  python.start(QString::fromStdString(msl::referencePython().string()), arguments);
  const bool finished = python.waitForFinished(10 * 60 * 1000);
  *output = QString::fromUtf8(python.readAll());
  return finished && python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0;
}

msl::CausalLm loadFloat32(const fs::path& folder) {
  auto model = msl::loadCausalLm(folder, torch::kCPU, torch::kFloat32);
  model->eval();
  return model;
}

torch::Tensor nextTokenLoss(const torch::Tensor& logits, const torch::Tensor& ids) {
  const auto vocab = logits.size(-1);
  return torch::nn::functional::cross_entropy(
      logits.narrow(1, 0, logits.size(1) - 1).reshape({-1, vocab}),
      ids.narrow(1, 1, ids.size(1) - 1).reshape({-1}));
}

}  // namespace

class TestHfModelParity : public QObject {
  Q_OBJECT

  QTemporaryDir folder_;
  fs::path root_;

 private Q_SLOTS:
  void initTestCase() {
    const std::string reason = msl::referenceUnavailableReason({"transformers", "peft"});
    if (!reason.empty()) QSKIP(("transformers/peft parity skipped: " + reason).c_str());
    QVERIFY(folder_.isValid());
    root_ = folder_.path().toStdString();
    QString output;
    QVERIFY2(runPython({kScript, "create", QString::fromStdString(root_.string())}, &output),
             qPrintable(output));
  }

  void logits_data() {
    QTest::addColumn<QString>("family");
    for (const char* family : {"llama", "mistral", "qwen2", "qwen3", "llama3_sharded"}) {
      QTest::newRow(family) << family;
    }
  }

  void logits() {
    QFETCH(QString, family);
    const fs::path folder = root_ / family.toStdString();
    auto model = loadFloat32(folder);
    auto reference = readAll(folder / "reference.safetensors");
    torch::NoGradGuard noGrad;

    const auto plain = model->forward({reference["ids"]});
    const double plainDifference = maxDifference(plain, reference["logits"]);

    // Left padding: only the real positions carry meaning.
    const auto mask = reference["padded_mask"];
    const auto padded = model->forward({reference["padded_ids"], mask});
    const auto real = mask.to(torch::kBool);
    const double paddedDifference =
        maxDifference(padded.index({real}), reference["padded_logits"].index({real}));

    // KV cache: four tokens, then one at a time, against transformers' full forward.
    auto cache = model->newCache();
    const auto ids = reference["ids"];
    std::vector<torch::Tensor> pieces{model->forward({ids.narrow(1, 0, 4), {}, {}, &cache})};
    for (std::int64_t t = 4; t < ids.size(1); ++t) {
      pieces.push_back(model->forward({ids.narrow(1, t, 1), {}, {}, &cache}));
    }
    const double cachedDifference = maxDifference(torch::cat(pieces, 1), reference["logits"]);

    qInfo(
        "%s: max |ours - transformers| plain %.3g, left-padded %.3g, KV cache %.3g (logits "
        "span %.3g)",
        qPrintable(family), plainDifference, paddedDifference, cachedDifference,
        reference["logits"].abs().max().item<double>());
    QVERIFY2(plainDifference < kTolerance, qPrintable(QString::number(plainDifference)));
    QVERIFY2(paddedDifference < kTolerance, qPrintable(QString::number(paddedDifference)));
    QVERIFY2(cachedDifference < kTolerance, qPrintable(QString::number(cachedDifference)));
  }

  void peftAdapterLoadsWithPeftsOutputsAndGradients() {
    auto model = loadFloat32(root_ / "llama");
    const fs::path adapter = root_ / "llama_lora";
    msl::loadLoraAdapter(model, adapter);
    model->eval();
    auto reference = readAll(adapter / "reference.safetensors");

    const auto logits = model->forward({reference["ids"]});
    const double logitsDifference = maxDifference(logits.detach(), reference["logits"]);
    const auto loss = nextTokenLoss(logits, reference["ids"]);
    loss.backward();
    const double lossDifference = std::abs(loss.item<double>() - reference["loss"].item<double>());

    double gradientDifference = 0;
    std::size_t compared = 0;
    for (auto& item : model->named_parameters()) {
      if (!msl::isLoraParameterName(item.key())) continue;
      const std::string name = "grad." + msl::peftTensorName(item.key());
      QVERIFY2(reference.count(name), name.c_str());
      QVERIFY2(item.value().grad().defined(), item.key().c_str());
      gradientDifference =
          std::max(gradientDifference, maxDifference(item.value().grad(), reference[name]));
      ++compared;
    }
    qInfo(
        "peft adapter: logits %.3g, loss %.3g, max LoRA gradient difference %.3g over %zu "
        "tensors",
        logitsDifference, lossDifference, gradientDifference, compared);
    QCOMPARE(compared, std::size_t{12});  // 3 targets x A/B x 2 layers
    QVERIFY2(logitsDifference < kTolerance, qPrintable(QString::number(logitsDifference)));
    QVERIFY2(lossDifference < kTolerance, qPrintable(QString::number(lossDifference)));
    QVERIFY2(gradientDifference < kTolerance, qPrintable(QString::number(gradientDifference)));
  }

  void ourAdapterLoadsInPeftWithOurOutputs() {
    auto model = loadFloat32(root_ / "qwen3");
    msl::LoraConfig config;
    config.rank = 4;
    config.alpha = 16;
    config.targetModules = {"k_proj", "o_proj", "up_proj"};
    config = msl::applyLora(model, config);
    torch::manual_seed(5);
    {
      torch::NoGradGuard noGrad;
      for (auto& item : model->named_parameters()) {
        if (msl::isLoraParameterName(item.key())) item.value().normal_(0.0, 0.2);
      }
    }
    model->eval();
    const fs::path adapter = root_ / "ours_lora";
    msl::saveLoraAdapter(model, config, adapter);
    const fs::path ids = root_ / "qwen3" / "reference.safetensors";
    const fs::path out = root_ / "peft_logits.safetensors";
    QString output;
    QVERIFY2(runPython({kScript, "peft-logits", QString::fromStdString((root_ / "qwen3").string()),
                        QString::fromStdString(adapter.string()),
                        QString::fromStdString(ids.string()), QString::fromStdString(out.string())},
                       &output),
             qPrintable(output));
    torch::NoGradGuard noGrad;
    const auto ours = model->forward({readAll(ids)["ids"]});
    const auto theirs = readAll(out)["logits"];
    const auto base = readAll(ids)["logits"];
    const double difference = maxDifference(ours, theirs);
    qInfo("our adapter in peft: max |ours - peft| %.3g (the adapter moves the logits by %.3g)",
          difference, maxDifference(ours, base));
    QVERIFY(maxDifference(ours, base) > 100 * kTolerance);  // the adapter does something
    QVERIFY2(difference < kTolerance, qPrintable(QString::number(difference)));
  }

  void ourCheckpointsLoadInTransformers_data() {
    QTest::addColumn<QString>("dtype");
    QTest::addColumn<qlonglong>("maxShardBytes");
    QTest::newRow("float32, one file") << "float32" << qlonglong(msl::kDefaultMaxShardBytes);
    QTest::newRow("bfloat16, one file") << "bfloat16" << qlonglong(msl::kDefaultMaxShardBytes);
    QTest::newRow("float32, shards with an index") << "float32" << qlonglong(40000);
  }

  void ourCheckpointsLoadInTransformers() {
    QFETCH(QString, dtype);
    QFETCH(qlonglong, maxShardBytes);
    // The Llama-3-rope model, written by us and read back by transformers (which reads
    // safetensors and the index with the Python library).
    auto model = loadFloat32(root_ / "llama3_sharded");
    const bool bf16 = dtype == "bfloat16";
    const fs::path folder =
        root_ / ("ours_" + dtype.toStdString() + "_" + std::to_string(maxShardBytes));
    msl::writeCheckpoint(model, folder, bf16 ? torch::kBFloat16 : torch::kFloat32, maxShardBytes);
    const bool sharded = fs::exists(folder / "model.safetensors.index.json");
    QCOMPARE(sharded, maxShardBytes < msl::kDefaultMaxShardBytes);
    QCOMPARE(fs::exists(folder / "model.safetensors"), !sharded);

    const fs::path ids = root_ / "llama3_sharded" / "reference.safetensors";
    const fs::path out = folder / "transformers_logits.safetensors";
    QString output;
    QVERIFY2(runPython({kScript, "logits", QString::fromStdString(folder.string()),
                        QString::fromStdString(ids.string()), QString::fromStdString(out.string())},
                       &output),
             qPrintable(output));
    // Ours on the weights as written (bf16 rounding included) against transformers on them.
    auto written = loadFloat32(folder);
    torch::NoGradGuard noGrad;
    const auto ours = written->forward({readAll(ids)["ids"]});
    const double difference = maxDifference(ours, readAll(out)["logits"]);
    qInfo("%s: max |ours - transformers| %.3g", QTest::currentDataTag(), difference);
    QVERIFY2(difference < kTolerance, qPrintable(QString::number(difference)));
    if (bf16) {
      // The bf16 file holds rounded weights: the logits move, so the comparison above is not
      // the float32 one again.
      QVERIFY(maxDifference(ours, readAll(ids)["logits"]) > kTolerance);
    }
  }

  void safetensorsFilesCrossBothWays() {
    // Ours -> the safetensors library -> ours: every tensor identical bit for bit, in its dtype.
    torch::manual_seed(3);
    const std::map<std::string, torch::Tensor> written{
        {"f32", torch::randn({3, 5})},
        {"bf16", torch::randn({4, 2}).to(torch::kBFloat16)},
        {"f16", torch::randn({7}).to(torch::kFloat16)},
        {"i64", torch::arange(-3, 6, torch::kLong)}};
    std::vector<msl::SafetensorsTensorView> views;
    for (const auto& [name, tensor] : written) views.push_back(msl::viewForWriting(name, tensor));
    const fs::path ours = root_ / "ours.safetensors";
    const fs::path theirs = root_ / "theirs.safetensors";
    msl::writeSafetensors(ours, views, {{"format", "pt"}});
    QString output;
    QVERIFY2(runPython({kScript, "resave", QString::fromStdString(ours.string()),
                        QString::fromStdString(theirs.string())},
                       &output),
             qPrintable(output));
    const msl::SafetensorsFile reader(theirs);
    QCOMPARE(reader.tensorNames().size(), written.size());
    for (const auto& [name, tensor] : written) {
      const auto bytes = reader.bytes(name);
      QCOMPARE(bytes.info->dtype, msl::toSafetensorsDtype(tensor.scalar_type()));
      const auto back = msl::toTensor(bytes, torch::dtype(tensor.scalar_type()));
      QVERIFY2(torch::equal(back, tensor), name.c_str());
    }
  }
};

QTEST_GUILESS_MAIN(TestHfModelParity)
#include "tst_hf_model_parity.moc"
