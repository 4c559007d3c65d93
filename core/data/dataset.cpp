#include "data/dataset.h"

#include <algorithm>

#include "common/error.h"
#include "data/bigrec_samples.h"
#include "data/dataset_description.h"
#include "data/interactions.h"
#include "data/items_file.h"
#include "data/sliding_window.h"
#include "data/time_split.h"

namespace msl {
namespace {

// train* first, then valid*, then test*, then anything else; alphabetical within each group.
int splitRank(const std::string& name) {
  if (name.rfind("train", 0) == 0) return 0;
  if (name.rfind("valid", 0) == 0) return 1;
  if (name.rfind("test", 0) == 0) return 2;
  return 3;
}

// "a/b/" has an empty filename(); the folder's name is still "b".
std::string folderName(const std::filesystem::path& dir) {
  return dir.filename().empty() ? dir.parent_path().filename().string() : dir.filename().string();
}

Dataset loadBigRecLayout(const std::filesystem::path& dir) {
  Dataset dataset;
  dataset.root = dir;
  dataset.name = folderName(dir);
  dataset.domain = "books";
  dataset.wording = PromptWording::forDomain(dataset.domain);
  const auto itemsFile = dir / "id2name4Rec.json";
  if (!std::filesystem::exists(itemsFile))
    throwAt(dir.string(), 0,
            "neither dataset.json nor id2name4Rec.json found (expected a dataset description or "
            "the BIGRec layout)");
  dataset.catalog = loadBigRecCatalog(itemsFile, /*allowEmptyTitles=*/true);

  std::vector<std::filesystem::path> csvFiles;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().extension() == ".csv")
      csvFiles.push_back(entry.path());
  std::sort(csvFiles.begin(), csvFiles.end(), [](const auto& a, const auto& b) {
    const std::string sa = a.stem().string(), sb = b.stem().string();
    return splitRank(sa) != splitRank(sb) ? splitRank(sa) < splitRank(sb) : sa < sb;
  });
  if (csvFiles.empty()) throwAt(dir.string(), 0, "no *.csv sample files found");
  for (const auto& file : csvFiles)
    dataset.splits.emplace_back(file.stem().string(), loadBigRecSamples(file, dataset.catalog));
  return dataset;
}

Dataset loadDescribedDataset(const std::filesystem::path& dir) {
  const DatasetDescription description = loadDatasetDescription(dir / "dataset.json");
  Dataset dataset;
  dataset.root = dir;
  dataset.name = description.name.empty() ? folderName(dir) : description.name;
  dataset.domain = description.domain.value_or("custom");
  dataset.wording = description.customWording ? *description.customWording
                                              : PromptWording::forDomain(dataset.domain);
  ItemsFileSpec items = description.items;
  items.file = dir / items.file;
  dataset.catalog = loadItems(items);
  if (description.interactionsFile) {
    const auto interactions =
        loadInteractions(dir / *description.interactionsFile, dataset.catalog);
    TimeSplit split = splitByTime(slidingWindowSamples(interactions, description.sequenceLength),
                                  description.fractions);
    dataset.splits.emplace_back("train", std::move(split.train));
    dataset.splits.emplace_back("valid", std::move(split.valid));
    dataset.splits.emplace_back("test", std::move(split.test));
  } else {
    for (const auto& [name, file] : description.splitFiles)
      dataset.splits.emplace_back(
          name, loadBigRecSamples(dir / file, dataset.catalog, description.sequenceLength));
  }
  return dataset;
}

}  // namespace

const std::vector<Sample>& Dataset::split(const std::string& wanted) const {
  for (const auto& [name, samples] : splits)
    if (name == wanted) return samples;
  std::string available;
  for (const auto& name : splitNames()) available += (available.empty() ? "" : ", ") + name;
  throw Error("dataset " + name + " has no split \"" + wanted + "\" (available: " + available +
              ")");
}

std::vector<std::string> Dataset::splitNames() const {
  std::vector<std::string> names;
  for (const auto& split : splits) names.push_back(split.first);
  return names;
}

ValidationReport validateDataset(const Dataset& dataset) {
  ValidationReport report;
  for (const auto& [title, ids] : dataset.catalog.duplicateTitles()) {
    std::string idList;
    for (const ItemId id : ids) idList += (idList.empty() ? "" : ", ") + std::to_string(id);
    report.warn("duplicate title \"" + title + "\" under ids " + idList +
                " (one trie path, several items; evaluation matches by title)");
  }
  for (const Item& item : dataset.catalog.items()) {
    if (item.title.find('"') != std::string::npos)
      report.warn("title of item " + std::to_string(item.id) +
                  " contains a double quote, which also delimits titles in the prompt");
    if (item.title.empty()) {
      report.warn("title of item " + std::to_string(item.id) +
                  " is empty (the prompt shows it as \"\")");
      continue;
    }
    if (item.title.front() == ' ' || item.title.back() == ' ')
      report.warn("title of item " + std::to_string(item.id) + " starts or ends with a space");
  }
  for (const auto& [name, samples] : dataset.splits)
    if (samples.empty()) report.warn("split " + name + " has no samples");
  return report;
}

Dataset loadDataset(const std::filesystem::path& dir) {
  try {
    if (!std::filesystem::is_directory(dir)) throwAt(dir.string(), 0, "not a directory");
    Dataset dataset = std::filesystem::exists(dir / "dataset.json") ? loadDescribedDataset(dir)
                                                                    : loadBigRecLayout(dir);
    dataset.report = validateDataset(dataset);
    return dataset;
  } catch (const std::exception&) {
    rethrowWithContext("loading dataset " + dir.string());
  }
}

}  // namespace msl
