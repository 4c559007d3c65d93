// The workbench's own tokenizer (msl::Tokenizer) loads a trained tokenizer.json and encodes,
// decodes and finds BOS/EOS exactly as the trainer's vocabulary defines them.
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <memory>

#include <nlohmann/json.hpp>

#include "bpe_training/bpe_trainer.h"
#include "bpe_training/tokenizer_json_writer.h"
#include "tokenizer/tokenizer.h"

using namespace msl;

namespace {

const std::filesystem::path kCatalogFile =
    std::filesystem::path(MSLW_SHARED_DATA) / "amazon_books" / "id2name4Rec.json";

std::vector<std::string> quotedBookTitles() {
  std::ifstream in(kCatalogFile, std::ios::binary);
  const nlohmann::json catalog = nlohmann::json::parse(in);
  std::vector<std::string> titles;
  for (const auto& [id, title] : catalog.items()) {
    titles.push_back("\"" + title.get<std::string>() + "\"");
  }
  return titles;
}

const std::vector<std::string> kUnusualTexts = {
    "It's IT'S they'll We'VE I'm you'd",
    "Numbers: 1 12 123 1234 12345 3.14159",
    "Emoji \xF0\x9F\x93\x9A\xF0\x9F\x98\x80 and CJK \xE4\xB8\x89\xE4\xBD\x93",
    "Tabs\tand\t\tspaces   and\r\nwindows\n\n\nnewlines  ",
    "<|begin_of_text|>a special<|pad|> inside <|end_of_text|>",
    "&quot;Star Trek&quot; &amp; more!!! ???",
};

}  // namespace

class TestBpeLoadsInTokenizer : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir folder_;
  std::vector<std::string> texts_;
  std::unique_ptr<ByteLevelBpe> bpe_;
  std::unique_ptr<Tokenizer> tokenizer_;

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(folder_.isValid());
    texts_ = kUnusualTexts;
    if (std::filesystem::exists(kCatalogFile)) {
      const auto titles = quotedBookTitles();
      texts_.insert(texts_.end(), titles.begin(), titles.end());
    } else {
      qWarning("Amazon Books data not found at %s: training on the built-in texts only",
               kCatalogFile.c_str());
    }
    BpeTrainingOptions options;
    options.vocabSize = 2048;
    BpeTrainer trainer(options);
    trainer.addTexts(texts_);
    bpe_ = std::make_unique<ByteLevelBpe>(trainer.train());
    const std::string path = folder_.filePath("tokenizer.json").toStdString();
    writeTokenizerFiles(*bpe_, path);
    tokenizer_ = std::make_unique<Tokenizer>(Tokenizer::fromFile(path));
  }

  void vocabularyAndSpecialTokensAgree() {
    QCOMPARE(tokenizer_->vocabSize(), bpe_->vocabSize());
    QCOMPARE(tokenizer_->bosId(), bpe_->specialTokenId("<|begin_of_text|>"));
    QCOMPARE(tokenizer_->eosId(), bpe_->specialTokenId("<|end_of_text|>"));
    const TokenId pad = *bpe_->specialTokenId("<|pad|>");
    QVERIFY(tokenizer_->isSpecial(pad));
    QCOMPARE(tokenizer_->tokenToId("<|pad|>"), std::optional<TokenId>(pad));
  }

  void encodingMatchesTheTrainer() {
    std::size_t mismatches = 0;
    for (const std::string& text : texts_) {
      if (tokenizer_->encode(text) == bpe_->encode(text)) continue;
      if (mismatches++ == 0) qWarning("first mismatch: %s", text.c_str());
    }
    qInfo("compared %zu texts", texts_.size());
    QCOMPARE(mismatches, std::size_t{0});
  }

  void addSpecialTokensPrependsBos() {
    const std::string text = "\"The Hobbit\"";
    std::vector<TokenId> expected{*bpe_->specialTokenId("<|begin_of_text|>")};
    const auto body = bpe_->encode(text);
    expected.insert(expected.end(), body.begin(), body.end());
    QCOMPARE(tokenizer_->encode(text, true), expected);
  }

  void decodingGivesTheTextBack() {
    for (const std::string& text : kUnusualTexts) {
      QCOMPARE(tokenizer_->decode(bpe_->encode(text)), bpe_->decode(bpe_->encode(text)));
      QCOMPARE(bpe_->decode(bpe_->encode(text)), text);
    }
  }
};

QTEST_GUILESS_MAIN(TestBpeLoadsInTokenizer)
#include "tst_bpe_loads_in_tokenizer.moc"
