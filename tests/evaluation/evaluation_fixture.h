#pragma once
// A small catalog (shared title prefixes, one title shared by two items), a byte-level BPE
// tokenizer trained on it in the test, and a tiny random llama from the model factory, with
// logits spread wide enough (initializer range 0.3) that rankings are not ties.
#include <QTemporaryDir>

#include <memory>

#include "bpe_training/bpe_trainer.h"
#include "bpe_training/tokenizer_json_writer.h"
#include "data/catalog.h"
#include "model/model_factory.h"
#include "tokenizer/tokenizer.h"
#include "trie/catalog_trie.h"

struct EvaluationFixture {
  msl::Catalog catalog;
  std::unique_ptr<msl::Tokenizer> tokenizer;
  std::unique_ptr<msl::CatalogTrie> trie;
  msl::CausalLm model{nullptr};

  explicit EvaluationFixture(const std::vector<std::string>& titles, std::uint64_t seed = 7) {
    for (std::size_t i = 0; i < titles.size(); ++i)
      catalog.add(static_cast<msl::ItemId>(i + 1), titles[i]);
    msl::BpeTrainingOptions options;
    options.vocabSize = 320;
    msl::BpeTrainer trainer(options);
    for (const auto& title : titles) trainer.addText("\"" + title + "\"", 3);
    trainer.addText("### Response:\n The user has read the following books before: ", 3);
    QTemporaryDir dir;
    const auto path = std::filesystem::path(dir.path().toStdString()) / "tokenizer.json";
    msl::writeTokenizerFiles(trainer.train(), path);
    tokenizer = std::make_unique<msl::Tokenizer>(msl::Tokenizer::fromFile(path));
    trie = std::make_unique<msl::CatalogTrie>(msl::CatalogTrie::build(catalog, *tokenizer));
    std::optional<std::int64_t> bos;
    if (tokenizer->bosId()) bos = *tokenizer->bosId();
    auto config =
        msl::presetModelConfig("llama", "tiny", static_cast<std::int64_t>(tokenizer->vocabSize()),
                               bos, {*tokenizer->eosId()});
    config.initializerRange = 0.3;
    model = msl::CausalLm(config);
    msl::initializeLikeHuggingFace(model, seed);
    model->eval();
  }

  std::vector<msl::TokenId> prompt(const std::string& text) const {
    return tokenizer->encode(text + "\n\n### Response:\n", true);
  }
};

inline std::vector<std::string> bookTitles() {
  return {"The Dragon Archive",
          "The Dragon Archive, Book 2",
          "The Dragon Gate",
          "The Silent Sea",
          "Silent Night",
          "Emma",
          "Emma",
          "A Tale of Two Cities",
          "A Tale of Time",
          "Ulysses",
          "The Sea",
          "Dragons"};
}
