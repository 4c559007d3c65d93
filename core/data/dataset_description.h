#pragma once
// dataset.json: how a dataset folder is put together (documented in docs/dataset-format.md).
// Either sample split files in the BIGRec layout or a raw interactions file to build them from.
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "data/bigrec_samples.h"
#include "data/items_file.h"
#include "data/prompt_wording.h"
#include "data/time_split.h"

namespace msl {

struct DatasetDescription {
  static constexpr int kFormatVersion = 1;

  int formatVersion = kFormatVersion;
  std::string name;
  std::optional<std::string> domain;
  std::optional<PromptWording> customWording;
  ItemsFileSpec items;  // file relative to the description's folder
  std::vector<std::pair<std::string, std::filesystem::path>> splitFiles;  // in file order
  std::optional<std::filesystem::path> interactionsFile;
  SplitFractions fractions;
  SequenceLengthRange sequenceLength;
};

// Throws msl::Error naming the file and the key (unknown keys, wrong types, missing fields,
// unsupported version, both or neither of "splits" and "interactions").
DatasetDescription parseDatasetDescription(const std::string& text, const std::string& fileName);
DatasetDescription loadDatasetDescription(const std::filesystem::path& file);

// Pretty-printed JSON with 2-space indent, keys in a fixed order.
std::string datasetDescriptionJson(const DatasetDescription& description);

}  // namespace msl
