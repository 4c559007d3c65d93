// Checkpoint folders described without reading a weight: a random checkpoint written for a
// tokenizer is summarized with its config, stored values and tokenizer; a config that belongs to
// another (larger) model and a folder without weights are refused with the folder named.
#include <torch/torch.h>

#include <QTemporaryDir>
#include <QtTest/QtTest>
#include <fstream>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "model/checkpoint_summary.h"
#include "model/random_checkpoint.h"

namespace {

namespace fs = std::filesystem;

msl::RandomCheckpointRequest tinyRequest(const fs::path& out) {
  msl::RandomCheckpointRequest request;
  request.arch = "qwen2";
  request.vocabSize = 300;
  request.eosIds = {2};
  request.tokenizerJson = MSLW_SOURCE_DIR "/tests/tokenizer/fixtures/byte_level_bpe.json";
  request.out = out;
  request.seed = 7;
  return request;
}

QString errorOf(const fs::path& folder) {
  try {
    msl::summarizeCheckpoint(folder);
  } catch (const msl::Error& error) {
    return QString::fromUtf8(error.what());
  }
  return {};
}

}  // namespace

class TestCheckpointSummary : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void randomCheckpointIsSummarized() {
    QTemporaryDir dir;
    const fs::path folder = fs::path(dir.path().toStdString()) / "tiny";
    const auto config = msl::writeRandomCheckpoint(tinyRequest(folder));
    QCOMPARE(config.vocabSize, std::int64_t{300});

    const auto summary = msl::summarizeCheckpoint(folder);
    QCOMPARE(summary.config.modelType, std::string("qwen2"));
    QCOMPARE(summary.config.numHiddenLayers, config.numHiddenLayers);
    QVERIFY(summary.config.qkvBias);
    // Tied embeddings are stored once, so the stored values are exactly the parameters.
    QCOMPARE(summary.storedValues, config.parameterCount());
    QCOMPARE(summary.storedBytes, 4 * config.parameterCount());
    QVERIFY(summary.tensorCount > 10);
    QVERIFY(summary.hasTokenizer);
    QVERIFY(fs::exists(folder / "tokenizer.json"));
  }

  void configOfALargerModelIsRefused() {
    QTemporaryDir dir;
    const fs::path folder = fs::path(dir.path().toStdString()) / "tiny";
    msl::writeRandomCheckpoint(tinyRequest(folder));
    std::ifstream in(folder / "config.json");
    auto json = nlohmann::json::parse(in);
    in.close();
    json["num_hidden_layers"] = 12;
    std::ofstream(folder / "config.json") << json.dump();

    const QString message = errorOf(folder);
    QVERIFY2(message.contains(QString::fromStdString(folder.string())), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("another model")), qPrintable(message));
  }

  void folderWithoutWeightsIsRefused() {
    QTemporaryDir dir;
    const fs::path folder = fs::path(dir.path().toStdString()) / "tiny";
    msl::writeRandomCheckpoint(tinyRequest(folder));
    fs::remove(folder / "model.safetensors");
    const QString message = errorOf(folder);
    QVERIFY2(message.startsWith(QStringLiteral("reading checkpoint ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("safetensors")), qPrintable(message));
  }
};

QTEST_GUILESS_MAIN(TestCheckpointSummary)
#include "tst_checkpoint_summary.moc"
