#include "tiny_model.h"

#include "bpe_training/bpe_trainer.h"
#include "bpe_training/tokenizer_json_writer.h"
#include "data/synthetic_catalog.h"
#include "data/tokenizer_corpus.h"
#include "model/checkpoint_weights.h"
#include "model/model_factory.h"
#include "tokenizer/tokenizer.h"

namespace msl {
namespace testing {

namespace fs = std::filesystem;

fs::path writeTinyDataset(const fs::path& dir, std::size_t items, std::size_t users) {
  SyntheticOptions options;
  options.items = items;
  options.users = users;
  options.minInteractionsPerUser = 4;
  options.maxInteractionsPerUser = 8;
  const Dataset dataset = writeSyntheticDataset(options, dir / "data");
  BpeTrainingOptions training;
  training.vocabSize = 400;
  BpeTrainer trainer(training);
  trainer.addTexts(tokenizerCorpus(dataset).texts);
  const fs::path tokenizer = dir / "tokenizer.json";
  writeTokenizerFiles(trainer.train(), tokenizer);
  return tokenizer;
}

namespace {

CausalLm tinyModel(const fs::path& tokenizerJson, std::uint64_t seed) {
  const Tokenizer tokenizer = Tokenizer::fromFile(tokenizerJson);
  std::optional<std::int64_t> bos;
  if (tokenizer.bosId()) bos = *tokenizer.bosId();
  ModelConfig config = presetModelConfig(
      "llama", "tiny", static_cast<std::int64_t>(tokenizer.vocabSize()), bos, {*tokenizer.eosId()});
  // Wide logits, so that rankings and probabilities are far from uniform.
  config.initializerRange = 0.3;
  CausalLm model(config);
  initializeLikeHuggingFace(model, seed);
  return model;
}

}  // namespace

void writeTinyModel(const fs::path& folder, const fs::path& tokenizerJson, std::uint64_t seed) {
  writeCheckpoint(tinyModel(tokenizerJson, seed), folder);
  fs::copy_file(tokenizerJson, folder / "tokenizer.json", fs::copy_options::overwrite_existing);
}

void writeTinyWeights(const fs::path& file, const fs::path& tokenizerJson, std::uint64_t seed) {
  fs::create_directories(file.parent_path());
  saveWeights(tinyModel(tokenizerJson, seed), file);
}

}  // namespace testing
}  // namespace msl
