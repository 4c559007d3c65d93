// Parity with the reference tokenizer (Hugging Face's Rust tokenizers): identical ids for the Llama-2, Llama-3
// and Qwen3 tokenizer.json files on adversarial inputs and every Amazon Books title.
#include <QtTest>

#include <fstream>

#include <nlohmann/json.hpp>

#include "adversarial_inputs.h"
#include "reference_encoder.h"

namespace {

const char* const kTokenizers[] = {"llama2", "llama3", "qwen3"};

std::vector<std::string> bookTitles() {
  std::ifstream in(MSLW_SHARED_DATA "/amazon_books/id2name4Rec.json", std::ios::binary);
  if (!in) return {};
  const auto json = nlohmann::json::parse(in);
  std::vector<std::string> titles;
  for (const auto& [id, title] : json.items()) titles.push_back(title.get<std::string>());
  return titles;
}

}  // namespace

class TokenizerParityTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    const QString reason = parity::referenceUnavailableReason();
    if (!reason.isEmpty()) QSKIP(qPrintable("parity tests skipped: " + reason));
  }

  void ids_data() {
    QTest::addColumn<QString>("tokenizer");
    QTest::addColumn<QString>("corpus");
    for (const char* name : kTokenizers) {
      for (const char* corpus : {"adversarial", "adversarial+special", "random", "titles"}) {
        QTest::newRow((std::string(name) + "/" + corpus).c_str()) << name << corpus;
      }
    }
  }

  void ids() {
    QFETCH(QString, tokenizer);
    QFETCH(QString, corpus);
    const auto path = parity::realTokenizer(tokenizer.toStdString());
    if (path.empty()) QSKIP("../shared/tokenizers has no tokenizer.json for this model");

    std::vector<parity::Input> inputs;
    if (corpus.startsWith("adversarial")) {
      const bool special = corpus.endsWith("+special");
      for (const auto& text : parity::adversarialInputs()) inputs.push_back({text, special});
    } else if (corpus == "random") {
      std::size_t i = 0;
      for (const auto& text : parity::randomInputs(3000, 20251125)) {
        inputs.push_back({text, i++ % 10 == 0});
      }
    } else {
      const auto titles = bookTitles();
      if (titles.empty()) QSKIP("shared data missing: " MSLW_SHARED_DATA "/amazon_books");
      for (const auto& title : titles) {
        inputs.push_back({title, false});
        inputs.push_back({"\"" + title + "\"", false});
      }
      for (std::size_t i = 0; i < 300 && i < titles.size(); ++i)
        inputs.push_back({titles[i], true});
    }

    const msl::Tokenizer ours = msl::Tokenizer::fromFile(path);
    const auto references = parity::runReference(path, inputs);
    const auto result = parity::compare(ours, inputs, references);
    qInfo("%s/%s: %zu inputs, %zu id mismatches, %zu decode mismatches", qPrintable(tokenizer),
          qPrintable(corpus), inputs.size(), result.idMismatches, result.decodeMismatches);
    QVERIFY2(result.idMismatches == 0 && result.decodeMismatches == 0,
             qPrintable(QString("%1 id and %2 decode mismatches of %3 inputs:\n%4")
                            .arg(result.idMismatches)
                            .arg(result.decodeMismatches)
                            .arg(inputs.size())
                            .arg(result.report)));
  }
};

QTEST_GUILESS_MAIN(TokenizerParityTest)
#include "tst_tokenizer_parity.moc"
