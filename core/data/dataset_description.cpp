#include "data/dataset_description.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "common/json_reader.h"
#include "data/text_file.h"

namespace msl {
namespace {

using Json = nlohmann::ordered_json;
using Reader = OrderedJsonReader;

std::size_t count(const Reader& value) {
  if (!value.json().is_number_unsigned()) value.expected("a non-negative integer");
  return static_cast<std::size_t>(value.integer());
}

// `value` when it is a known name; `toValue` throws msl::Error listing the known ones.
template <typename Value, typename ToValue>
Value named(const Reader& value, ToValue toValue) {
  try {
    return toValue(value.string());
  } catch (const JsonError&) {
    throw;
  } catch (const Error& e) {
    value.fail(e.what());
  }
}

void readItems(const Reader& root, DatasetDescription& description) {
  const Reader items = root["items"];
  if (items.isNull()) items.fail("missing (expected the items file)");
  if (items.json().is_string()) {
    description.items.file = items.string();
    return;
  }
  items.allowOnly({"file", "format", "id_field", "title_field", "allow_empty_titles"});
  if (!items.has("file")) items["file"].fail("missing");
  description.items.file = items["file"].string();
  if (items.has("format"))
    description.items.format = named<ItemsFormat>(items["format"], itemsFormatFromName);
  description.items.idField = items.string("id_field", description.items.idField);
  description.items.titleField = items.string("title_field", description.items.titleField);
  description.items.allowEmptyTitles =
      items.boolean("allow_empty_titles", description.items.allowEmptyTitles);
}

void readSplitFractions(const Reader& split, SplitFractions& f) {
  split.allowOnly({"train", "valid", "test"});
  f.train = split.number("train", f.train);
  f.valid = split.number("valid", f.valid);
  f.test = split.number("test", f.test);
  if (f.train < 0 || f.valid < 0 || f.test < 0 || std::abs(f.train + f.valid + f.test - 1.0) > 1e-6)
    split.fail("expected non-negative fractions summing to 1");
}

void readSamples(const Reader& root, DatasetDescription& description) {
  const bool hasSplits = root.has("splits");
  const bool hasInteractions = root.has("interactions");
  if (hasSplits == hasInteractions)
    root[hasSplits ? "splits" : "interactions"].fail(
        "expected exactly one of \"splits\" (sample files) and \"interactions\" (raw file)");
  if (hasSplits) {
    const Reader splits = root["splits"];
    if (!splits.json().is_object() || splits.json().empty())
      splits.expected("an object mapping split names to CSV files");
    for (const auto& [name, file] : splits.members())
      description.splitFiles.emplace_back(name, file.string());
    return;
  }
  const Reader interactions = root["interactions"];
  if (interactions.json().is_string()) {
    description.interactionsFile = interactions.string();
    return;
  }
  interactions.allowOnly({"file", "split"});
  if (!interactions.has("file")) interactions["file"].fail("missing");
  description.interactionsFile = interactions["file"].string();
  if (interactions.has("split")) readSplitFractions(interactions["split"], description.fractions);
}

void readSequenceLength(const Reader& length, SequenceLengthRange& range) {
  length.allowOnly({"min", "max"});
  if (length.has("min")) range.min = count(length["min"]);
  if (length.has("max")) range.max = count(length["max"]);
  if (range.min < 2 || range.min > range.max) length.fail("expected 2 <= min <= max");
}

DatasetDescription readDescription(const Reader& root) {
  root.allowOnly({"format_version", "name", "domain", "wording", "items", "splits", "interactions",
                  "sequence_length"});
  DatasetDescription description;
  const Reader version = root["format_version"];
  if (version.isNull()) version.fail("missing (expected 1)");
  if (!version.json().is_number_integer() ||
      version.integer() != DatasetDescription::kFormatVersion)
    version.fail("unsupported version " + version.json().dump() + " (expected " +
                 std::to_string(DatasetDescription::kFormatVersion) + ")");
  if (root.has("name")) description.name = root["name"].string();
  if (root.has("domain")) description.domain = root["domain"].string();
  if (root.has("wording")) {
    const Reader wording = root["wording"];
    wording.allowOnly({"instruction", "history_prefix"});
    if (!wording.has("instruction") || !wording.has("history_prefix"))
      wording.fail("expected both \"instruction\" and \"history_prefix\"");
    description.customWording =
        PromptWording{wording["instruction"].string(), wording["history_prefix"].string()};
  }
  if (!description.domain && !description.customWording)
    root["domain"].fail("missing (expected a domain such as \"books\" or a \"wording\" object)");
  if (description.domain && !description.customWording)
    named<PromptWording>(root["domain"], PromptWording::forDomain);
  readItems(root, description);
  readSamples(root, description);
  if (root.has("sequence_length"))
    readSequenceLength(root["sequence_length"], description.sequenceLength);
  return description;
}

const char* formatName(ItemsFormat format) {
  switch (format) {
    case ItemsFormat::BigRecJson:
      return "bigrec_json";
    case ItemsFormat::JsonRecords:
      return "json_records";
    case ItemsFormat::Csv:
      return "csv";
  }
  return "bigrec_json";
}

}  // namespace

DatasetDescription parseDatasetDescription(const std::string& text, const std::string& fileName) {
  return readDescription(Reader(parseJson<Json>(text, fileName), fileName));
}

DatasetDescription loadDatasetDescription(const std::filesystem::path& file) {
  return parseDatasetDescription(readTextFile(file), file.string());
}

std::string datasetDescriptionJson(const DatasetDescription& description) {
  Json root;
  root["format_version"] = description.formatVersion;
  root["name"] = description.name;
  if (description.domain) root["domain"] = *description.domain;
  if (description.customWording)
    root["wording"] = {{"instruction", description.customWording->instruction},
                       {"history_prefix", description.customWording->historyPrefix}};
  const ItemsFileSpec& items = description.items;
  if (!items.format && items.idField == "id" && items.titleField == "title" &&
      !items.allowEmptyTitles) {
    root["items"] = items.file.generic_string();
  } else {
    Json spec;
    spec["file"] = items.file.generic_string();
    if (items.format) spec["format"] = formatName(*items.format);
    spec["id_field"] = items.idField;
    spec["title_field"] = items.titleField;
    if (items.allowEmptyTitles) spec["allow_empty_titles"] = true;
    root["items"] = spec;
  }
  if (description.interactionsFile) {
    root["interactions"] = {{"file", description.interactionsFile->generic_string()},
                            {"split",
                             {{"train", description.fractions.train},
                              {"valid", description.fractions.valid},
                              {"test", description.fractions.test}}}};
  } else {
    Json splits = Json::object();
    for (const auto& [name, file] : description.splitFiles) splits[name] = file.generic_string();
    root["splits"] = splits;
  }
  root["sequence_length"] = {{"min", description.sequenceLength.min},
                             {"max", description.sequenceLength.max}};
  return root.dump(2) + "\n";
}

}  // namespace msl
