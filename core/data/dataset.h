#pragma once
// A loaded dataset: catalog, prompt wording and named sample splits, plus what validation found.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "data/catalog.h"
#include "data/prompt_wording.h"
#include "data/sample.h"
#include "data/validation_report.h"

namespace msl {

struct Dataset {
  std::filesystem::path root;
  std::string name;
  std::string domain;  // "custom" when the description gives its own wording without a domain
  Catalog catalog;
  PromptWording wording;
  std::vector<std::pair<std::string, std::vector<Sample>>> splits;
  ValidationReport report;

  // Throws msl::Error listing the available splits when `name` is not one of them.
  const std::vector<Sample>& split(const std::string& name) const;
  std::vector<std::string> splitNames() const;
};

// With dir/dataset.json: follows the description. Otherwise the BIGRec/MSL layout:
// id2name4Rec.json plus every *.csv as a split named after its stem, domain books.
// Errors carry "loading dataset DIR: " in front of "file:line: what was expected".
Dataset loadDataset(const std::filesystem::path& dir);

// Warnings about a catalog and splits that load but deserve a look (duplicate titles, titles
// with quotes or surrounding spaces, empty splits).
ValidationReport validateDataset(const Dataset& dataset);

}  // namespace msl
