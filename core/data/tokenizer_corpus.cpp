#include "data/tokenizer_corpus.h"

#include <algorithm>

#include "common/error.h"
#include "data/prompt_builder.h"

namespace msl {

std::string defaultTrainingSplit(const Dataset& dataset) {
  const std::vector<std::string> names = dataset.splitNames();
  for (const char* preferred : {"train_10000", "train"}) {
    if (std::find(names.begin(), names.end(), preferred) != names.end()) return preferred;
  }
  if (names.empty()) throw Error("dataset " + dataset.root.string() + " has no sample splits");
  return names.front();
}

TokenizerCorpus tokenizerCorpus(const Dataset& dataset, const std::string& split) {
  TokenizerCorpus corpus;
  corpus.split = split.empty() ? defaultTrainingSplit(dataset) : split;
  const std::vector<Sample>& samples = dataset.split(corpus.split);
  corpus.texts.reserve(dataset.catalog.size() + samples.size());
  for (const Item& item : dataset.catalog.items()) {
    corpus.texts.push_back(PromptBuilder::quotedTitle(item.title));
  }
  corpus.titles = dataset.catalog.size();
  const PromptBuilder prompts(dataset.wording);
  for (const Sample& sample : samples) {
    std::vector<std::string> history;
    for (ItemId id : sample.history()) history.push_back(dataset.catalog.title(id));
    corpus.texts.push_back(prompts.fullText(history, dataset.catalog.title(sample.target())));
  }
  corpus.prompts = samples.size();
  return corpus;
}

}  // namespace msl
