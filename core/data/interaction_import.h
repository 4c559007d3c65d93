#pragma once
// Builds a dataset from raw interactions the way BIGRec does: sliding window per user, then a
// global temporal split into train/valid/test (see docs/dataset-format.md for the exact rule).
#include <filesystem>
#include <optional>
#include <string>

#include "data/bigrec_samples.h"
#include "data/dataset.h"
#include "data/interactions.h"
#include "data/items_file.h"
#include "data/time_split.h"

namespace msl {

struct ImportOptions {
  std::string name = "imported";
  std::string domain = "books";
  std::optional<PromptWording> customWording;  // overrides the domain's wording
  SplitFractions fractions;
  SequenceLengthRange sequenceLength;
};

// Builds the splits in memory from an already loaded catalog and interactions.
Dataset datasetFromInteractions(Catalog catalog, const std::vector<Interaction>& interactions,
                                const ImportOptions& options);

Dataset importInteractions(const std::filesystem::path& interactionsFile,
                           const ItemsFileSpec& items, const ImportOptions& options);

}  // namespace msl
