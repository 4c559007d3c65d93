// Every byte has a vocabulary spelling and every valid UTF-8 text survives encode + decode.
#include <QtTest>

#include "bpe_training/bpe_trainer.h"
#include "tokenizer/byte_level.h"
#include "common/error.h"

using namespace msl;

class TestByteLevelRoundTrip : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void alphabetIsABijectionOverAllBytes() {
    std::string allBytes;
    for (int byte = 0; byte < 256; ++byte) allBytes += static_cast<char>(byte);
    const std::string symbols = byte_level::toText(allBytes);
    QCOMPARE(byte_level::toBytes(symbols), std::optional<std::string>(allBytes));
    QCOMPARE(byte_level::byteToText()[' '], std::string("\xC4\xA0"));   // Ġ
    QCOMPARE(byte_level::byteToText()['\n'], std::string("\xC4\x8A"));  // Ċ
    QCOMPARE(byte_level::byteToText()['A'], std::string("A"));
    QCOMPARE(byte_level::toBytes("\xE2\x82\xAC"), std::optional<std::string>());  // € not in it
  }

  void textRoundTrips_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("ascii") << QByteArray("Hello, world! It's 2024.");
    QTest::newRow("emoji") << QByteArray("Books \xF0\x9F\x93\x9A and \xF0\x9F\x98\x80!");
    QTest::newRow("cjk") << QByteArray("\xE4\xB8\x89\xE4\xBD\x93 (The Three-Body Problem)");
    QTest::newRow("accents") << QByteArray("Caf\xC3\xA9 cr\xC3\xA8me br\xC3\xBBl\xC3\xA9");
    QTest::newRow("whitespace") << QByteArray("a\t\tb  \r\n\n   c \xC2\xA0 d  ");
    QTest::newRow("control") << QByteArray("\x01\x02\x7F", 3);
    QTest::newRow("specials") << QByteArray("<|begin_of_text|>x<|pad|><|end_of_text|>");
  }

  void textRoundTrips() {
    QFETCH(QByteArray, text);
    BpeTrainingOptions options;
    options.vocabSize = 320;
    options.minFrequency = 1;
    BpeTrainer trainer(options);
    trainer.addText("Hello hello world, the world of books and the books of the world", 5);
    const ByteLevelBpe bpe = trainer.train();
    const std::string original = text.toStdString();
    const std::vector<TokenId> ids = bpe.encode(original);
    QVERIFY(!ids.empty());
    QCOMPARE(bpe.decode(ids), original);
  }

  void invalidUtf8IsRejected() {
    const ByteLevelBpe bpe = BpeTrainer{}.train();
    QVERIFY_EXCEPTION_THROWN(bpe.encode("bad \xFF byte"), Error);
  }
};

QTEST_GUILESS_MAIN(TestByteLevelRoundTrip)
#include "tst_bpe_byte_level_round_trip.moc"
