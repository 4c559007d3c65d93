// Trainer behaviour on corpora small enough to check by hand: merge order and tie-breaking,
// stopping rules, special-token ids, cancellation and determinism of the written files.
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <sstream>

#include "bpe_training/bpe_trainer.h"
#include "bpe_training/tokenizer_json_writer.h"
#include "common/error.h"

using namespace msl;

namespace {

// The Hugging Face course corpus: hug x10, pug x5, pun x12, bun x4, hugs x5.
BpeTrainer hugCorpusTrainer(BpeTrainingOptions options = {}) {
  BpeTrainer trainer(std::move(options));
  trainer.addText("hug", 10);
  trainer.addText("pug", 5);
  trainer.addText("pun", 12);
  trainer.addText("bun", 4);
  trainer.addText("hugs", 5);
  return trainer;
}

std::vector<std::string> mergeSpellings(const ByteLevelBpe& bpe) {
  std::vector<std::string> spellings;
  for (const BpeMerge& merge : bpe.merges()) {
    spellings.push_back(bpe.vocabularyString(merge.left) + "+" + bpe.vocabularyString(merge.right));
  }
  return spellings;
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const std::vector<std::string> kSentences = {
    "The Lord of the Rings: The Fellowship of the Ring",
    "Harry Potter and the Sorcerer's Stone (Book 1)",
    "A Brief History of Time, 10th anniversary edition",
    "\"Star Trek\" Memories &amp; more",
    "Don't Let the Pigeon Drive the Bus!",
    "Cien años de soledad — Gabriel García Márquez",
    "1984 (Signet Classics) 2021 reprint 12345",
};

}  // namespace

class TestBpeTrainer : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void firstMergesFollowCountsThenSpelling() {
    const ByteLevelBpe bpe = hugCorpusTrainer().train();
    // ug 20, un 16, h+ug 15, p+un 12; then h+ug+s and p+ug tie at 5 and "hug" < "p" wins.
    const std::vector<std::string> expected = {"u+g",   "u+n",  "h+ug", "p+un",
                                               "hug+s", "p+ug", "b+un"};
    QCOMPARE(mergeSpellings(bpe), expected);
    QCOMPARE(bpe.learntTokenCount(), std::size_t{256 + 7});
    QCOMPARE(bpe.vocabularyString(256), std::string("ug"));
    QCOMPARE(bpe.vocabularyString(260), std::string("hugs"));
  }

  void minFrequencyStopsTraining() {
    BpeTrainingOptions options;
    options.minFrequency = 5;
    const ByteLevelBpe bpe = hugCorpusTrainer(options).train();
    QCOMPARE(bpe.merges().size(), std::size_t{6});  // b+un occurs only 4 times
  }

  void vocabSizeIncludesBytesAndSpecials() {
    BpeTrainingOptions options;
    options.vocabSize = 256 + 3 + 3;
    const ByteLevelBpe bpe = hugCorpusTrainer(options).train();
    QCOMPARE(bpe.vocabSize(), options.vocabSize);
    QCOMPARE(mergeSpellings(bpe), (std::vector<std::string>{"u+g", "u+n", "h+ug"}));
  }

  void vocabSizeIsReachedOnARealisticCorpus() {
    BpeTrainingOptions options;
    options.vocabSize = 300;
    options.minFrequency = 1;
    BpeTrainer trainer(options);
    trainer.addTexts(kSentences);
    const ByteLevelBpe bpe = trainer.train();
    QCOMPARE(bpe.vocabSize(), std::size_t{300});
    QCOMPARE(tokenizerJsonText(bpe).find("\"<|pad|>\": 299") != std::string::npos, true);
  }

  void overlappingPairsMergeLeftToRight() {
    BpeTrainingOptions options;
    options.minFrequency = 1;
    BpeTrainer trainer(options);
    trainer.addText("aaaaa");
    const ByteLevelBpe bpe = trainer.train();
    // a a a a a -> aa aa a; then aa+a and aa+aa tie at 1 and "a" < "aa" picks aa+a -> aa aaa.
    QCOMPARE(mergeSpellings(bpe), (std::vector<std::string>{"a+a", "aa+a", "aa+aaa"}));
    QCOMPARE(bpe.encode("aaaaa"), std::vector<TokenId>{258});
    QCOMPARE(bpe.encode("aaa"), std::vector<TokenId>{257});
    // Encoding applies merges by rank: aa aa has no merge, as in Hugging Face.
    QCOMPARE(bpe.encode("aaaa"), (std::vector<TokenId>{256, 256}));
  }

  void specialTokensFollowTheLearntTokens() {
    BpeTrainingOptions options;
    options.vocabSize = 4096;
    const ByteLevelBpe bpe = hugCorpusTrainer(options).train();
    const auto first = static_cast<TokenId>(bpe.learntTokenCount());
    QCOMPARE(bpe.specialTokenId("<|begin_of_text|>"), std::optional<TokenId>(first));
    QCOMPARE(bpe.specialTokenId("<|end_of_text|>"), std::optional<TokenId>(first + 1));
    QCOMPARE(bpe.specialTokenId("<|pad|>"), std::optional<TokenId>(first + 2));
    QCOMPARE(bpe.vocabSize(), bpe.learntTokenCount() + 3);
    QCOMPARE(bpe.encode("<|begin_of_text|>hugs<|end_of_text|>"),
             (std::vector<TokenId>{first, 260, first + 1}));
  }

  void specialTokensInTheCorpusAreNotLearnt() {
    BpeTrainingOptions options;
    options.minFrequency = 1;
    BpeTrainer trainer(options);
    trainer.addText("<|pad|><|pad|><|pad|>", 100);
    QCOMPARE(trainer.distinctWordCount(), std::size_t{0});
    QCOMPARE(trainer.train().merges().size(), std::size_t{0});
  }

  void encodingSplitsLikeTheTrainer() {
    const ByteLevelBpe bpe = hugCorpusTrainer().train();
    // " pun" is one pre-token: the space stays alone because no merge involves it.
    QCOMPARE(bpe.encode("hugs pun"), (std::vector<TokenId>{260, ' ', 259}));
  }

  void tooSmallVocabularyIsRejected() {
    BpeTrainingOptions options;
    options.vocabSize = 258;
    QVERIFY_EXCEPTION_THROWN(BpeTrainer{options}, Error);
  }

  void cancellingStopsTraining() {
    int calls = 0;
    const BpeTrainer trainer = hugCorpusTrainer();
    QVERIFY_EXCEPTION_THROWN(trainer.train([&](std::size_t, std::size_t) { return ++calls < 2; }),
                             Error);
    QCOMPARE(calls, 2);
  }

  void writtenFilesAreDeterministic() {
    BpeTrainingOptions options;
    options.vocabSize = 400;
    options.minFrequency = 1;
    BpeTrainer forward(options);
    BpeTrainer backward(options);
    for (int repeat = 0; repeat < 3; ++repeat) {
      forward.addTexts(kSentences);
      for (auto text = kSentences.rbegin(); text != kSentences.rend(); ++text) {
        backward.addText(*text);
      }
    }
    QTemporaryDir first;
    QTemporaryDir second;
    QVERIFY(first.isValid() && second.isValid());
    const std::string firstPath = first.filePath("tokenizer.json").toStdString();
    const std::string secondPath = second.filePath("tokenizer.json").toStdString();
    writeTokenizerFiles(forward.train(), firstPath);
    writeTokenizerFiles(backward.train(), secondPath);
    const std::string firstText = readFile(firstPath);
    QVERIFY(firstText.size() > 1000);
    QCOMPARE(firstText, readFile(secondPath));
    QCOMPARE(readFile(first.filePath("tokenizer_config.json").toStdString()),
             readFile(second.filePath("tokenizer_config.json").toStdString()));
  }
};

QTEST_GUILESS_MAIN(TestBpeTrainer)
#include "tst_bpe_trainer.moc"
