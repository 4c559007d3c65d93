#include "data/bigrec_layout_writer.h"

#include <algorithm>

#include "common/error.h"
#include "data/bigrec_samples.h"
#include "data/dataset_description.h"
#include "data/items_file.h"
#include "data/text_file.h"

namespace msl {

void writeBigRecDataset(const Dataset& dataset, const std::filesystem::path& dir) {
  try {
    std::filesystem::create_directories(dir);
    DatasetDescription description;
    description.name = dataset.name;
    const auto knownDomains = PromptWording::knownDomains();
    const bool knownDomain =
        std::find(knownDomains.begin(), knownDomains.end(), dataset.domain) != knownDomains.end();
    if (knownDomain) description.domain = dataset.domain;
    if (!knownDomain ||
        (PromptWording::forDomain(dataset.domain).instruction != dataset.wording.instruction ||
         PromptWording::forDomain(dataset.domain).historyPrefix != dataset.wording.historyPrefix))
      description.customWording = dataset.wording;
    description.items.file = "id2name4Rec.json";
    for (const Item& item : dataset.catalog.items())
      if (item.title.empty()) description.items.allowEmptyTitles = true;
    writeBigRecCatalog(dataset.catalog, dir / description.items.file);
    for (const auto& [name, samples] : dataset.splits) {
      const std::filesystem::path file = name + ".csv";
      writeBigRecSamples(samples, dir / file);
      description.splitFiles.emplace_back(name, file);
    }
    writeTextFile(dir / "dataset.json", datasetDescriptionJson(description));
  } catch (const std::exception&) {
    rethrowWithContext("writing dataset to " + dir.string());
  }
}

}  // namespace msl
