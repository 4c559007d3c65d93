// Trains on the Amazon Books corpus the CLI uses (quoted catalog titles + full training
// prompts), writes tokenizer.json and checks that Hugging Face's tokenizers (the Rust library)
// loads it and produces our ids for every title, for held-out test prompts and for unusual text.
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include <nlohmann/json.hpp>

#include "bpe_training/bpe_trainer.h"
#include "bpe_training/tokenizer_json_writer.h"
#include "common/hf_reference.h"
#include "data/dataset.h"
#include "data/tokenizer_corpus.h"

using namespace msl;

namespace {

const std::filesystem::path kBooksDir = std::filesystem::path(MSLW_SHARED_DATA) / "amazon_books";
const char* kEncodeScript = MSLW_SOURCE_DIR "/tests/bpe_training/encode_with_hf.py";
constexpr std::size_t kVocabSize = 8192;

std::vector<std::string> quotedTitles(const Dataset& dataset) {
  const TokenizerCorpus corpus = tokenizerCorpus(dataset);
  return {corpus.texts.begin(), corpus.texts.begin() + static_cast<std::ptrdiff_t>(corpus.titles)};
}

std::vector<std::string> promptsOf(const Dataset& dataset, const std::string& split) {
  const TokenizerCorpus corpus = tokenizerCorpus(dataset, split);
  return {corpus.texts.begin() + static_cast<std::ptrdiff_t>(corpus.titles), corpus.texts.end()};
}

}  // namespace

class TestBpeHfParity : public QObject {
  Q_OBJECT

 private:
  std::unique_ptr<Dataset> dataset_;
  std::unique_ptr<ByteLevelBpe> bpe_;
  QTemporaryDir folder_;
  double trainingSeconds_ = 0;

  // Encodes `texts` with the reference; empty when Python failed (its stderr is logged).
  std::vector<std::vector<TokenId>> encodeWithHuggingFace(const std::vector<std::string>& texts) {
    const std::string inputsPath = folder_.filePath("inputs.jsonl").toStdString();
    {
      std::ofstream inputs(inputsPath, std::ios::binary);
      for (const std::string& text : texts) inputs << nlohmann::json(text).dump() << '\n';
    }
    QProcess python;
    python.start(
        QString::fromStdString(referencePython().string()),
        {kEncodeScript, folder_.filePath("tokenizer.json"), QString::fromStdString(inputsPath)});
    if (!python.waitForFinished(300000) || python.exitCode() != 0) {
      qWarning().noquote() << python.readAllStandardError();
      return {};
    }
    std::vector<std::vector<TokenId>> encoded;
    std::istringstream lines(python.readAllStandardOutput().toStdString());
    for (std::string line; std::getline(lines, line);) {
      encoded.push_back(nlohmann::json::parse(line).get<std::vector<TokenId>>());
    }
    return encoded;
  }

  void compareWithHuggingFace(const std::vector<std::string>& texts) {
    if (const std::string reason = referenceUnavailableReason({"tokenizers"}); !reason.empty()) {
      QSKIP(reason.c_str());
    }
    const auto reference = encodeWithHuggingFace(texts);
    QCOMPARE(reference.size(), texts.size());
    std::size_t mismatches = 0;
    std::size_t tokens = 0;
    for (std::size_t i = 0; i < texts.size(); ++i) {
      const std::vector<TokenId> ours = bpe_->encode(texts[i]);
      tokens += ours.size();
      if (ours == reference[i]) continue;
      if (mismatches++ == 0) {
        qWarning().noquote() << "first mismatch, text" << i << ":"
                             << QString::fromStdString(nlohmann::json(texts[i]).dump())
                             << "\n ours:" << QString::fromStdString(nlohmann::json(ours).dump())
                             << "\n   hf:"
                             << QString::fromStdString(nlohmann::json(reference[i]).dump());
      }
    }
    qInfo("compared %zu texts, %zu tokens, %zu mismatches", texts.size(), tokens, mismatches);
    QCOMPARE(mismatches, std::size_t{0});
  }

 private Q_SLOTS:
  void initTestCase() {
    if (!std::filesystem::exists(kBooksDir / "id2name4Rec.json")) {
      QSKIP(qPrintable("Amazon Books data not found at " +
                       QString::fromStdString(kBooksDir.string())));
    }
    QVERIFY(folder_.isValid());
    dataset_ = std::make_unique<Dataset>(loadDataset(kBooksDir));
    BpeTrainingOptions options;
    options.vocabSize = kVocabSize;
    const TokenizerCorpus corpus = tokenizerCorpus(*dataset_);  // what mslw tokenizer train uses
    QElapsedTimer timer;
    timer.start();
    BpeTrainer trainer(options);
    trainer.addTexts(corpus.texts);
    bpe_ = std::make_unique<ByteLevelBpe>(trainer.train());
    trainingSeconds_ = static_cast<double>(timer.elapsed()) / 1000.0;
    qInfo("trained %zu tokens (%zu merges) from %zu texts, %zu distinct words in %.2f s",
          bpe_->vocabSize(), bpe_->merges().size(), corpus.texts.size(),
          trainer.distinctWordCount(), trainingSeconds_);
    writeTokenizerFiles(*bpe_, folder_.filePath("tokenizer.json").toStdString());
  }

  void trainsAnEightThousandVocabularyInSeconds() {
    QCOMPARE(bpe_->vocabSize(), kVocabSize);
    QVERIFY2(trainingSeconds_ < 10.0, qPrintable(QString::number(trainingSeconds_) + " s"));
  }

  void catalogTitlesMatchHuggingFace() { compareWithHuggingFace(quotedTitles(*dataset_)); }

  void heldOutTestPromptsMatchHuggingFace() {
    compareWithHuggingFace(promptsOf(*dataset_, "test"));
  }

  void unusualTextMatchesHuggingFace() {
    compareWithHuggingFace({
        "It's IT'S they'll We'VE I'm you'd",
        "Numbers: 1 12 123 1234 12345 3.14159 1,000,000",
        "Emoji \xF0\x9F\x93\x9A\xF0\x9F\x98\x80 and CJK \xE4\xB8\x89\xE4\xBD\x93 "
        "\xE6\x97\xA5\xE6\x9C\xAC",
        "Accents: Cien a\xC3\xB1os de soledad, Gabriel Garc\xC3\xAD"
        "a M\xC3\xA1rquez",
        "Tabs\tand\t\tspaces   and\r\nwindows\n\n\nnewlines  ",
        "   leading and trailing   ",
        "<|begin_of_text|>a special<|pad|> inside <|end_of_text|>",
        "&quot;Star Trek&quot; &amp; more!!! ???",
        "\xC2\xA0non-breaking\xE2\x80\x83"
        "em space\xE2\x80\xA8line separator",
        "Control \x01\x02\x1F bytes",
    });
  }
};

QTEST_GUILESS_MAIN(TestBpeHfParity)
#include "tst_bpe_hf_parity.moc"
