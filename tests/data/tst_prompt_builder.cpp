// The MSL prompt, character by character, and history truncation to a token budget.
#include <QtTest>
#include <fstream>
#include <sstream>

#include "common/error.h"
#include "data/prompt_builder.h"

using namespace msl;

namespace {

const std::string kBooksGolden =
    "Below is an instruction that describes a task, paired with an input that provides further "
    "context. Write a response that appropriately completes the request. \n"
    "\n"
    "### Instruction:\n"
    "Given a list of books the user has read before, please recommend a new book that the user "
    "likes to the user.\n"
    "\n"
    "### Input:\n"
    "The user has read the following books before: \"Dune\", \"The Hobbit, or There and Back "
    "Again\"\n"
    " \n"
    "\n"
    "### Response:\n"
    "\"Emma\"";

// Reports the first differing character, so a whitespace slip is visible at once.
QString firstDifference(const std::string& actual, const std::string& expected) {
  const std::size_t n = std::min(actual.size(), expected.size());
  for (std::size_t i = 0; i < n; ++i)
    if (actual[i] != expected[i])
      return QString("character %1: got 0x%2, expected 0x%3; context \"%4\"")
          .arg(i)
          .arg(static_cast<unsigned char>(actual[i]), 2, 16, QChar('0'))
          .arg(static_cast<unsigned char>(expected[i]), 2, 16, QChar('0'))
          .arg(QString::fromStdString(expected.substr(i > 20 ? i - 20 : 0, 40)));
  return actual.size() == expected.size() ? QString()
                                          : QString("lengths differ: got %1, expected %2")
                                                .arg(actual.size())
                                                .arg(expected.size());
}

// Counts whitespace-separated words: a stand-in tokenizer whose counts are easy to verify.
std::size_t countWords(std::string_view text) {
  std::size_t words = 0;
  bool inWord = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\n';
    if (!space && !inWord) ++words;
    inWord = !space;
  }
  return words;
}

}  // namespace

class TestPromptBuilder : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void matchesGoldenText() {
    const PromptBuilder builder(PromptWording::forDomain("books"));
    const std::string text =
        builder.fullText({"Dune", "The Hobbit, or There and Back Again"}, "Emma");
    const QString difference = firstDifference(text, kBooksGolden);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
  }

  void matchesTheTemplateInMslMd() {
    const std::string path = std::string(MSLW_SHARED_DATA) + "/../reference/MSL.md";
    std::ifstream in(path);
    if (!in) QSKIP("MSL.md not found next to the shared data; the golden string covers it");
    std::stringstream content;
    content << in.rdbuf();
    const std::string markdown = content.str();
    const std::size_t open = markdown.find("```\nBelow is an instruction");
    QVERIFY2(open != std::string::npos, "prompt template block not found in MSL.md");
    const std::size_t start = open + 4;
    const std::size_t close = markdown.find("\n```", start);
    std::string expected = markdown.substr(start, close - start);
    const auto substitute = [&expected](const std::string& key, const std::string& value) {
      const std::size_t at = expected.find(key);
      QVERIFY2(at != std::string::npos, key.c_str());
      expected.replace(at, key.size(), value);
    };
    const PromptWording books = PromptWording::forDomain("books");
    substitute("{instruction}", books.instruction);
    substitute("{history_prefix}", books.historyPrefix);
    substitute("{history}", "\"Dune\", \"Emma\"");
    substitute("{target}", "\"Persuasion\"");
    const std::string actual = PromptBuilder(books).fullText({"Dune", "Emma"}, "Persuasion");
    const QString difference = firstDifference(actual, expected);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
  }

  void promptEndsAtResponseHeader() {
    const PromptBuilder builder(PromptWording::forDomain("toys"));
    const std::string prompt = builder.prompt({"Lego City"});
    QVERIFY(prompt.size() > 15);
    QCOMPARE(prompt.substr(prompt.size() - 14), std::string("### Response:\n"));
    QVERIFY(prompt.find("The user has played the following toys before: \"Lego City\"\n \n\n") !=
            std::string::npos);
    QCOMPARE(builder.fullText({"Lego City"}, "Uno"), prompt + "\"Uno\"");
    QCOMPARE(PromptBuilder::quotedTitle("A"), std::string("\"A\""));
  }

  void emptyHistoryKeepsTheLayout() {
    const PromptBuilder builder(PromptWording::forDomain("books"));
    QVERIFY(builder.prompt({}).find("read the following books before: \n \n\n### Response:\n") !=
            std::string::npos);
  }

  void knowsTheDomains_data() {
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("books") << "books"
                           << "The user has read the following books before: ";
    QTest::newRow("toys") << "toys"
                          << "The user has played the following toys before: ";
    QTest::newRow("clothing") << "clothing"
                              << "The user has bought the following clothing items before: ";
    QTest::newRow("office") << "office"
                            << "The user has bought the following office products before: ";
  }

  void knowsTheDomains() {
    QFETCH(QString, domain);
    QFETCH(QString, prefix);
    const PromptWording wording = PromptWording::forDomain(domain.toStdString());
    QCOMPARE(QString::fromStdString(wording.historyPrefix), prefix);
    QVERIFY(QString::fromStdString(wording.instruction).startsWith("Given a list of"));
  }

  void unknownDomainListsKnownOnes() {
    try {
      PromptWording::forDomain("games");
      QFAIL("expected an error");
    } catch (const Error& e) {
      QVERIFY2(QString(e.what()).contains("unknown domain \"games\" (known domains: books, toys, "
                                          "clothing, office"),
               e.what());
    }
  }

  void fitToBudget_data() {
    QTest::addColumn<int>("targetTokens");
    QTest::addColumn<int>("cutoff");
    QTest::addColumn<int>("dropped");
    QTest::addColumn<bool>("fits");
    // Word counts: empty-history prompt 60 words (books); each history title below adds 2.
    QTest::newRow("everything fits") << 3 << 512 << 0 << true;
    QTest::newRow("exact fit") << 3 << 60 + 6 + 3 << 0 << true;
    QTest::newRow("one too many") << 3 << 60 + 6 + 2 << 1 << true;
    QTest::newRow("only newest") << 3 << 60 + 2 + 3 << 2 << true;
    QTest::newRow("empty history") << 3 << 60 + 3 << 3 << true;
    QTest::newRow("nothing fits") << 3 << 10 << 3 << false;
  }

  void fitToBudget() {
    QFETCH(int, targetTokens);
    QFETCH(int, cutoff);
    QFETCH(int, dropped);
    QFETCH(bool, fits);
    const PromptBuilder builder(PromptWording::forDomain("books"));
    QCOMPARE(countWords(builder.prompt({})), std::size_t{60});
    const std::vector<std::string> history = {"Oldest Book", "Middle Book", "Newest Book"};
    const FittedPrompt fitted = builder.fitToBudget(history, static_cast<std::size_t>(targetTokens),
                                                    static_cast<std::size_t>(cutoff), countWords);
    QCOMPARE(fitted.droppedHistoryItems, static_cast<std::size_t>(dropped));
    QCOMPARE(fitted.fits, fits);
    const std::vector<std::string> kept(history.begin() + dropped, history.end());
    QCOMPARE(fitted.prompt, builder.prompt(kept));
    QCOMPARE(fitted.promptTokens, countWords(fitted.prompt));
    if (fits)
      QVERIFY(fitted.promptTokens + static_cast<std::size_t>(targetTokens) <=
              static_cast<std::size_t>(cutoff));
  }
};

QTEST_APPLESS_MAIN(TestPromptBuilder)
#include "tst_prompt_builder.moc"
