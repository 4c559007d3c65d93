// The split regex cuts text as Llama-3's tokenizer.json does.
#include <QtTest>

#include "bpe_training/llama3_pre_tokenizer.h"
#include "common/error.h"

using namespace msl;

using Pieces = std::vector<std::string>;
Q_DECLARE_METATYPE(Pieces)

class TestLlama3PreTokenizer : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void splits_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Pieces>("pieces");
    QTest::newRow("words") << QByteArray("Hello world") << Pieces{"Hello", " world"};
    QTest::newRow("contraction") << QByteArray("Sorcerer's Stone")
                                 << Pieces{"Sorcerer", "'s", " Stone"};
    QTest::newRow("upper contraction") << QByteArray("IT'S") << Pieces{"IT", "'S"};
    QTest::newRow("digits in threes")
        << QByteArray("year 12345") << Pieces{"year", " ", "123", "45"};
    QTest::newRow("punctuation") << QByteArray("\"Star Trek\" Memories")
                                 << Pieces{"\"Star", " Trek", "\"", " Memories"};
    QTest::newRow("newlines") << QByteArray("a:\n\n### b") << Pieces{"a", ":\n\n", "###", " b"};
    QTest::newRow("trailing spaces") << QByteArray("x   y  ") << Pieces{"x", "  ", " y", "  "};
    QTest::newRow("unicode letters") << QByteArray("caf\xC3\xA9 \xE4\xB8\x89\xE4\xBD\x93")
                                     << Pieces{"caf\xC3\xA9", " \xE4\xB8\x89\xE4\xBD\x93"};
  }

  void splits() {
    QFETCH(QByteArray, text);
    QFETCH(Pieces, pieces);
    const std::string input = text.toStdString();
    Pieces actual;
    for (const std::string_view piece : Llama3PreTokenizer{}.split(input)) {
      actual.emplace_back(piece);
    }
    QCOMPARE(actual, pieces);
  }

  void rejectsInvalidUtf8() {
    QVERIFY_EXCEPTION_THROWN(Llama3PreTokenizer{}.split("ok \xC3"), Error);
  }
};

QTEST_GUILESS_MAIN(TestLlama3PreTokenizer)
#include "tst_bpe_pre_tokenizer.moc"
