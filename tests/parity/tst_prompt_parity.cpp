// Parity with the reference tokenizer (Hugging Face's Rust tokenizers) on the full training text (prompt plus
// quoted target) of every sample of train_10000 and test, for Llama-2, Llama-3 and Qwen3.
#include <QtTest>

#include <filesystem>

#include "data/dataset.h"
#include "data/prompt_builder.h"
#include "reference_encoder.h"

class PromptParityTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    const QString reason = parity::referenceUnavailableReason();
    if (!reason.isEmpty()) QSKIP(qPrintable("parity tests skipped: " + reason));
    if (!std::filesystem::exists(MSLW_SHARED_DATA "/amazon_books/train_10000.csv")) {
      QSKIP("shared data missing: " MSLW_SHARED_DATA "/amazon_books");
    }
  }

  void prompts_data() {
    QTest::addColumn<QString>("tokenizer");
    QTest::addColumn<QString>("split");
    for (const char* name : {"llama2", "llama3", "qwen3"}) {
      for (const char* split : {"train_10000", "test"}) {
        QTest::newRow((std::string(name) + "/" + split).c_str()) << name << split;
      }
    }
  }

  void prompts() {
    QFETCH(QString, tokenizer);
    QFETCH(QString, split);
    const auto path = parity::realTokenizer(tokenizer.toStdString());
    if (path.empty()) QSKIP("../shared/tokenizers has no tokenizer.json for this model");

    const msl::Dataset dataset = msl::loadDataset(MSLW_SHARED_DATA "/amazon_books");
    const msl::PromptBuilder builder(dataset.wording);
    std::vector<parity::Input> inputs;
    for (const msl::Sample& sample : dataset.split(split.toStdString())) {
      std::vector<std::string> history;
      for (msl::ItemId id : sample.history()) history.push_back(dataset.catalog.title(id));
      const std::string text = builder.fullText(history, dataset.catalog.title(sample.target()));
      // Every 20th sample also with add_special_tokens (BOS for Llama-2).
      if (inputs.size() % 20 == 0) inputs.push_back({text, true});
      inputs.push_back({text, false});
    }
    QVERIFY(!inputs.empty());

    const msl::Tokenizer ours = msl::Tokenizer::fromFile(path);
    const auto references = parity::runReference(path, inputs);
    const auto result = parity::compare(ours, inputs, references);
    qInfo("%s/%s: %zu prompts, %zu id mismatches, %zu decode mismatches", qPrintable(tokenizer),
          qPrintable(split), inputs.size(), result.idMismatches, result.decodeMismatches);
    QVERIFY2(result.idMismatches == 0 && result.decodeMismatches == 0,
             qPrintable(QString("%1 id and %2 decode mismatches of %3 prompts:\n%4")
                            .arg(result.idMismatches)
                            .arg(result.decodeMismatches)
                            .arg(inputs.size())
                            .arg(result.report)));
  }
};

QTEST_GUILESS_MAIN(PromptParityTest)
#include "tst_prompt_parity.moc"
