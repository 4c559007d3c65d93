#pragma once
// A byte-level BPE tokenizer learnt for one dataset, the way every part of the workbench makes
// one (the Workspace page, `mslw demo`, a run that creates its model, the benchmarks): on the
// dataset's tokenizer corpus, with one rule for the vocabulary size when none is asked for.
#include <cstddef>
#include <string>

#include "bpe_training/bpe_trainer.h"
#include "data/tokenizer_corpus.h"

namespace msl {

// 2,048 tokens for catalogs under 5,000 items (the synthetic demo), 8,192 for larger ones
// (Amazon Books): a vocabulary much larger than the catalog's text only adds rare tokens.
std::size_t defaultTokenizerVocabSize(const Dataset& dataset);

struct DatasetTokenizer {
  ByteLevelBpe bpe;
  TokenizerCorpus corpus;  // what it learnt from (texts, titles, prompts, split)
  std::size_t vocabSize = 0;
};

// `vocabSize` 0 = defaultTokenizerVocabSize(dataset); `split` "" = the default training split.
// `progress` returning false cancels (msl::Cancelled, as BpeTrainer::train).
DatasetTokenizer trainDatasetTokenizer(const Dataset& dataset, std::size_t vocabSize = 0,
                                       const std::string& split = "",
                                       const BpeTrainingProgress& progress = {});

}  // namespace msl
