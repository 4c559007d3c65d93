#include "data/interaction_import.h"

#include "common/error.h"
#include "data/sliding_window.h"

namespace msl {

Dataset datasetFromInteractions(Catalog catalog, const std::vector<Interaction>& interactions,
                                const ImportOptions& options) {
  Dataset dataset;
  dataset.name = options.name;
  dataset.domain = options.domain;
  dataset.wording =
      options.customWording ? *options.customWording : PromptWording::forDomain(options.domain);
  dataset.catalog = std::move(catalog);
  TimeSplit split =
      splitByTime(slidingWindowSamples(interactions, options.sequenceLength), options.fractions);
  dataset.splits.emplace_back("train", std::move(split.train));
  dataset.splits.emplace_back("valid", std::move(split.valid));
  dataset.splits.emplace_back("test", std::move(split.test));
  dataset.report = validateDataset(dataset);
  return dataset;
}

Dataset importInteractions(const std::filesystem::path& interactionsFile,
                           const ItemsFileSpec& items, const ImportOptions& options) {
  try {
    Catalog catalog = loadItems(items);
    const auto interactions = loadInteractions(interactionsFile, catalog);
    return datasetFromInteractions(std::move(catalog), interactions, options);
  } catch (const std::exception&) {
    rethrowWithContext("importing " + interactionsFile.string());
  }
}

}  // namespace msl
