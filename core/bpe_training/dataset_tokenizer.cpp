#include "bpe_training/dataset_tokenizer.h"

#include "data/dataset.h"

namespace msl {

std::size_t defaultTokenizerVocabSize(const Dataset& dataset) {
  return dataset.catalog.size() < 5000 ? 2048 : 8192;
}

DatasetTokenizer trainDatasetTokenizer(const Dataset& dataset, std::size_t vocabSize,
                                       const std::string& split,
                                       const BpeTrainingProgress& progress) {
  BpeTrainingOptions options;
  options.vocabSize = vocabSize > 0 ? vocabSize : defaultTokenizerVocabSize(dataset);
  TokenizerCorpus corpus = tokenizerCorpus(dataset, split);
  BpeTrainer trainer(options);
  trainer.addTexts(corpus.texts);
  return {trainer.train(progress), std::move(corpus), options.vocabSize};
}

}  // namespace msl
