// safetensors reading, writing and validation: bit-exact round trips, an independent reader
// (tests/model/fixtures/read_safetensors.py, standard-library Python) and every corrupt-file
// case giving its own error.
#include <torch/torch.h>

#include <QtTest/QtTest>

#include <cstdint>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "common/error.h"
#include "model/checkpoint_tensors.h"
#include "model/safetensors_file.h"
#include "model/safetensors_writer.h"
#include "model/tensor_conversion.h"

namespace {

namespace fs = std::filesystem;

std::string lengthPrefix(std::uint64_t length) {
  std::string bytes(8, '\0');
  for (int i = 0; i < 8; ++i) bytes[i] = static_cast<char>((length >> (8 * i)) & 0xff);
  return bytes;
}

// A file with the given header text and `dataBytes` zero bytes of data.
std::string fileWithHeader(const std::string& header, std::size_t dataBytes) {
  return lengthPrefix(header.size()) + header + std::string(dataBytes, '\0');
}

void writeBytes(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Random bit patterns (NaN payloads and subnormals included) so that a round trip that
// converted values anywhere would show.
torch::Tensor randomBits(torch::ScalarType dtype, std::vector<std::int64_t> shape) {
  const auto element = c10::elementSize(dtype);
  const auto integer = element == 2 ? torch::kInt16 : torch::kInt32;
  return torch::randint(-32768, 32767, shape, torch::dtype(torch::kInt32))
      .mul(element == 4 ? 65537 : 1)
      .to(integer)
      .view(dtype);
}

// The message of the msl::Error that `action` throws ("" when it throws none).
template <typename Action>
QString errorOf(Action action) {
  try {
    action();
  } catch (const msl::Error& e) {
    return QString::fromUtf8(e.what());
  }
  return {};
}

QString checkpointError(const fs::path& location) {
  return errorOf([&] { msl::CheckpointTensors checkpoint(location); });
}

bool bitEqual(const torch::Tensor& a, const torch::Tensor& b) {
  const auto integer = a.element_size() == 2 ? torch::kInt16 : torch::kInt32;
  return a.sizes() == b.sizes() && a.scalar_type() == b.scalar_type() &&
         torch::equal(a.view(integer), b.view(integer));
}

}  // namespace

class TestSafetensors : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  fs::path path(const std::string& name) const {
    return fs::path(dir_.path().toStdString()) / name;
  }

 private Q_SLOTS:
  void roundTripIsBitExact_data() {
    QTest::addColumn<int>("dtype");
    QTest::newRow("F32") << static_cast<int>(torch::kFloat32);
    QTest::newRow("F16") << static_cast<int>(torch::kFloat16);
    QTest::newRow("BF16") << static_cast<int>(torch::kBFloat16);
  }

  void roundTripIsBitExact() {
    QFETCH(int, dtype);
    torch::manual_seed(7);
    const auto type = static_cast<torch::ScalarType>(dtype);
    const auto matrix = randomBits(type, {5, 3});
    const auto vector = randomBits(type, {7});
    const auto scalar = randomBits(type, {});
    const auto file = path("roundtrip.safetensors");
    msl::writeSafetensors(
        file,
        {msl::viewForWriting("b.matrix", matrix), msl::viewForWriting("a.vector", vector),
         msl::viewForWriting("c.scalar", scalar)},
        {{"format", "pt"}});

    const msl::SafetensorsFile reader(file);
    QCOMPARE(reader.tensorNames(), (std::vector<std::string>{"a.vector", "b.matrix", "c.scalar"}));
    QCOMPARE(reader.header().metadata.at("format"), std::string("pt"));
    QCOMPARE(reader.header().dataStart % 8, std::uint64_t{0});
    const auto keep = torch::dtype(type);
    QVERIFY(bitEqual(msl::toTensor(reader.bytes("b.matrix"), keep), matrix));
    QVERIFY(bitEqual(msl::toTensor(reader.bytes("a.vector"), keep), vector));
    QVERIFY(bitEqual(msl::toTensor(reader.bytes("c.scalar"), keep), scalar));
  }

  void convertsToRequestedDtype() {
    const auto values = torch::tensor({1.5, -2.25, 1024.0}, torch::kFloat64).to(torch::kBFloat16);
    const auto file = path("convert.safetensors");
    msl::writeSafetensors(file, {msl::viewForWriting("w", values)});
    const msl::SafetensorsFile reader(file);
    const auto asFloat = msl::toTensor(reader.bytes("w"));  // f32 on the CPU by default
    QCOMPARE(asFloat.scalar_type(), torch::kFloat32);
    QVERIFY(asFloat.device().is_cpu());
    QVERIFY(torch::equal(asFloat, torch::tensor({1.5f, -2.25f, 1024.0f})));
    const auto asDouble = msl::toTensor(reader.bytes("w"), torch::dtype(torch::kFloat64));
    QCOMPARE(asDouble.scalar_type(), torch::kFloat64);
  }

  void independentReaderAgrees() {
    if (QStandardPaths::findExecutable("python3").isEmpty()) QSKIP("python3 not installed");
    const auto f32 = torch::tensor({0.5f, -1.25f, 3.0f, 65504.0f}).view({2, 2});
    const auto f16 = torch::tensor({1.0f, -0.5f, 2.5f}).to(torch::kFloat16);
    const auto bf16 = torch::tensor({-3.0f, 0.15625f}).to(torch::kBFloat16);
    const auto i64 = torch::tensor({std::int64_t{-9}, std::int64_t{1} << 40});
    const auto file = path("independent.safetensors");
    msl::writeSafetensors(file,
                          {msl::viewForWriting("zeta", f32), msl::viewForWriting("alpha", f16),
                           msl::viewForWriting("mid.bf16", bf16), msl::viewForWriting("ids", i64)},
                          {{"format", "pt"}});

    QProcess python;
    python.start("python3", {QString(MSLW_SOURCE_DIR) + "/tests/model/fixtures/read_safetensors.py",
                             QString::fromStdString(file.string())});
    QVERIFY(python.waitForFinished(30000));
    QCOMPARE(python.exitCode(), 0);
    const auto out = nlohmann::json::parse(python.readAllStandardOutput().toStdString());
    QVERIFY(out["aligned"].get<bool>());
    QVERIFY(out["packed"].get<bool>());
    QCOMPARE(out["metadata"]["format"].get<std::string>(), std::string("pt"));
    QCOMPARE(out["names_in_file_order"].get<std::vector<std::string>>(),
             (std::vector<std::string>{"alpha", "ids", "mid.bf16", "zeta"}));
    const auto& tensors = out["tensors"];
    QCOMPARE(tensors["zeta"]["shape"].get<std::vector<int>>(), (std::vector<int>{2, 2}));
    QCOMPARE(tensors["zeta"]["values"].get<std::vector<double>>(),
             (std::vector<double>{0.5, -1.25, 3.0, 65504.0}));
    QCOMPARE(tensors["alpha"]["dtype"].get<std::string>(), std::string("F16"));
    QCOMPARE(tensors["alpha"]["values"].get<std::vector<double>>(),
             (std::vector<double>{1.0, -0.5, 2.5}));
    QCOMPARE(tensors["mid.bf16"]["dtype"].get<std::string>(), std::string("BF16"));
    QCOMPARE(tensors["mid.bf16"]["values"].get<std::vector<double>>(),
             (std::vector<double>{-3.0, 0.15625}));
    QCOMPARE(tensors["ids"]["values"].get<std::vector<std::int64_t>>(),
             (std::vector<std::int64_t>{-9, std::int64_t{1} << 40}));
  }

  void handWrittenFileIsRead() {
    // Bytes laid out by hand, as another writer would: I32 [2] = {1, -2}, no padding.
    const std::string header = R"({"x":{"dtype":"I32","shape":[2],"data_offsets":[0,8]}})";
    const std::string data("\x01\x00\x00\x00\xfe\xff\xff\xff", 8);
    writeBytes(path("hand.safetensors"), lengthPrefix(header.size()) + header + data);
    const msl::SafetensorsFile reader(path("hand.safetensors"));
    const auto x = msl::toTensor(reader.bytes("x"), torch::dtype(torch::kInt64));
    QVERIFY(torch::equal(x, torch::tensor({std::int64_t{1}, std::int64_t{-2}})));
  }

  void corruptFileIsRefused_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* name, const std::string& bytes, const char* expected) {
      QTest::newRow(name) << QByteArray(bytes.data(), static_cast<int>(bytes.size()))
                          << QString(expected);
    };
    const std::string good = R"({"t":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";
    row("empty file", "", "too short");
    row("truncated header length", std::string("\x10\x00\x00", 3), "too short");
    row("header length past EOF", lengthPrefix(1000) + good, "exceeds the file");
    row("huge header length", lengthPrefix(~std::uint64_t{0}) + good, "exceeds the file");
    row("bad JSON", fileWithHeader(R"({"t": {"dtype": "F32",)", 8), "not valid JSON");
    row("header not an object", fileWithHeader("[1,2,3]", 0), "must be a JSON object");
    row("unknown dtype",
        fileWithHeader(R"({"t":{"dtype":"F8_E4M3","shape":[2],"data_offsets":[0,2]}})", 2),
        "tensor 't': unknown dtype 'F8_E4M3'");
    row("missing shape", fileWithHeader(R"({"t":{"dtype":"F32","data_offsets":[0,4]}})", 4),
        "tensor 't': expected \"shape\"");
    row("negative dim",
        fileWithHeader(R"({"t":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}})", 4),
        "non-negative integers");
    row("offset past end", fileWithHeader(good, 4), "tensor 't': data_offsets end 8 lies past");
    row("reversed offsets",
        fileWithHeader(R"({"t":{"dtype":"F32","shape":[0],"data_offsets":[8,0]}})", 8),
        "end before they begin");
    row("overlapping tensors",
        fileWithHeader(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                       R"("b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})",
                       12),
        "tensor 'b': bytes [4, 12) overlap tensor 'a'");
    row("size mismatch",
        fileWithHeader(R"({"t":{"dtype":"BF16","shape":[3,2],"data_offsets":[0,8]}})", 8),
        "tensor 't': holds 8 bytes but BF16 with this shape needs 12");
    row("shape overflow",
        fileWithHeader(R"({"t":{"dtype":"F32","shape":[4294967296,4294967296],)"
                       R"("data_offsets":[0,8]}})",
                       8),
        "overflows");
    row("metadata not strings", fileWithHeader(R"({"__metadata__":{"n":1}})", 0),
        "\"__metadata__\" entry 'n' must be a string");
  }

  void corruptFileIsRefused() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const auto file = path("corrupt.safetensors");
    writeBytes(file, bytes.toStdString());
    try {
      const msl::SafetensorsFile reader(file);
      QFAIL("a corrupt file was accepted");
    } catch (const msl::Error& e) {
      const QString message = e.what();
      QVERIFY2(message.contains(expected), qPrintable(message));
      QVERIFY2(message.contains("corrupt.safetensors"), qPrintable(message));
    }
  }

  void pickledCheckpointsAreRefused_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("bin") << "pytorch_model.bin";
    QTest::newRow("pt") << "model.pt";
    QTest::newRow("pth") << "weights.PTH";
  }

  void pickledCheckpointsAreRefused() {
    QFETCH(QString, name);
    const auto file = path(name.toStdString());
    writeBytes(file, "\x80\x02not really a pickle");
    try {
      const msl::SafetensorsFile reader(file);
      QFAIL("a pickle was opened");
    } catch (const msl::Error& e) {
      QVERIFY2(QString(e.what()).contains(
                   "pickled checkpoints are never loaded: convert to safetensors"),
               e.what());
    }
  }

  void folderWithOnlyPickleIsRefused() {
    const auto folder = path("pickle_only");
    fs::create_directories(folder);
    writeBytes(folder / "pytorch_model.bin", "x");
    const auto message = checkpointError(folder);
    QVERIFY2(message.contains("holds pytorch_model.bin") &&
                 message.contains("pickled checkpoints are never loaded: convert to safetensors"),
             qPrintable(message));
  }

  void shardedCheckpointIsRead() {
    const auto folder = path("sharded");
    fs::create_directories(folder);
    const auto a = torch::arange(6, torch::kFloat32).view({2, 3});
    const auto b = torch::full({4}, 2.5f).to(torch::kFloat16);
    msl::writeSafetensors(folder / "model-00001-of-00002.safetensors",
                          {msl::viewForWriting("a", a)});
    msl::writeSafetensors(folder / "model-00002-of-00002.safetensors",
                          {msl::viewForWriting("b", b)});
    std::ofstream(folder / "model.safetensors.index.json")
        << R"({"metadata":{"total_size":32},"weight_map":{)"
        << R"("a":"model-00001-of-00002.safetensors","b":"model-00002-of-00002.safetensors"}})";
    const msl::CheckpointTensors checkpoint(folder);
    QCOMPARE(checkpoint.tensorNames(), (std::vector<std::string>{"a", "b"}));
    QCOMPARE(checkpoint.files().size(), std::size_t{2});
    QVERIFY(torch::equal(msl::loadTensor(checkpoint, "a"), a));
    QVERIFY(torch::equal(msl::loadTensor(checkpoint, "b"), torch::full({4}, 2.5f)));
    try {
      msl::loadTensor(checkpoint, "c");
      QFAIL("a missing tensor was found");
    } catch (const msl::Error& e) {
      QVERIFY2(QString(e.what()).contains("tensor 'c' not found"), e.what());
    }
  }

  void shardIndexNamingWrongShardIsRefused() {
    const auto folder = path("bad_index");
    fs::create_directories(folder);
    msl::writeSafetensors(folder / "one.safetensors", {msl::viewForWriting("a", torch::ones({2}))});
    std::ofstream(folder / "model.safetensors.index.json")
        << R"({"weight_map":{"a":"one.safetensors","b":"one.safetensors"}})";
    auto message = checkpointError(folder);
    QVERIFY2(message.contains("tensor 'b' is listed in one.safetensors"), qPrintable(message));
    std::ofstream(folder / "model.safetensors.index.json")
        << R"({"weight_map":{"a":"../one.safetensors"}})";
    message = checkpointError(folder);
    QVERIFY2(message.contains("must be a plain file name"), qPrintable(message));
  }

  void writerReplacesAtomicallyAndChecksSizes() {
    const auto file = path("atomic.safetensors");
    msl::writeSafetensors(file, {msl::viewForWriting("w", torch::ones({3}))});
    msl::SafetensorsTensorView wrong = msl::viewForWriting("w", torch::ones({3}));
    wrong.size = 4;
    const auto sizeError = errorOf([&] { msl::writeSafetensors(file, {wrong}); });
    QVERIFY2(sizeError.contains("has 4 bytes"), qPrintable(sizeError));
    // The earlier file is intact and no temporary file is left behind.
    const msl::SafetensorsFile reader(file);
    QVERIFY(torch::equal(msl::toTensor(reader.bytes("w")), torch::ones({3})));
    for (const auto& entry : fs::directory_iterator(file.parent_path()))
      QVERIFY2(entry.path().filename().string().find(".tmp-") == std::string::npos,
               entry.path().c_str());
    const auto message = errorOf([&] {
      msl::writeSafetensors(path("no_such_dir") / "x.safetensors",
                            {msl::viewForWriting("w", torch::ones({1}))});
    });
    QVERIFY2(message.contains("cannot create"), qPrintable(message));
  }
};

QTEST_GUILESS_MAIN(TestSafetensors)
#include "tst_safetensors.moc"
