#include "data/dataset_description.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "data/text_file.h"

namespace msl {
namespace {

using Json = nlohmann::ordered_json;

class DescriptionReader {
 public:
  explicit DescriptionReader(std::string fileName) : file_(std::move(fileName)) {}

  [[noreturn]] void fail(const std::string& path, const std::string& message) const {
    throwAt(file_, 0, "\"" + path + "\": " + message);
  }

  void allowOnly(const Json& object, const std::string& path,
                 std::initializer_list<const char*> keys) const {
    if (!object.is_object()) fail(path, "expected an object");
    for (const auto& [key, value] : object.items()) {
      bool known = false;
      for (const char* allowed : keys) known = known || key == allowed;
      if (!known) {
        std::string list;
        for (const char* allowed : keys) list += (list.empty() ? "" : ", ") + std::string(allowed);
        fail(path.empty() ? key : path + "." + key, "unknown key (expected one of: " + list + ")");
      }
    }
  }

  std::string string(const Json& value, const std::string& path) const {
    if (!value.is_string()) fail(path, "expected a string");
    return value.get<std::string>();
  }

  double fraction(const Json& value, const std::string& path) const {
    if (!value.is_number()) fail(path, "expected a number");
    return value.get<double>();
  }

  std::size_t count(const Json& value, const std::string& path) const {
    if (!value.is_number_unsigned()) fail(path, "expected a non-negative integer");
    return value.get<std::size_t>();
  }

  DatasetDescription read(const Json& root) const {
    allowOnly(root, "",
              {"format_version", "name", "domain", "wording", "items", "splits", "interactions",
               "sequence_length"});
    DatasetDescription description;
    if (!root.contains("format_version")) fail("format_version", "missing (expected 1)");
    if (!root["format_version"].is_number_integer() ||
        root["format_version"].get<int>() != DatasetDescription::kFormatVersion)
      fail("format_version", "unsupported version " + root["format_version"].dump() +
                                 " (expected " +
                                 std::to_string(DatasetDescription::kFormatVersion) + ")");
    if (root.contains("name")) description.name = string(root["name"], "name");
    if (root.contains("domain")) description.domain = string(root["domain"], "domain");
    if (root.contains("wording")) {
      const Json& wording = root["wording"];
      allowOnly(wording, "wording", {"instruction", "history_prefix"});
      if (!wording.contains("instruction") || !wording.contains("history_prefix"))
        fail("wording", "expected both \"instruction\" and \"history_prefix\"");
      description.customWording =
          PromptWording{string(wording["instruction"], "wording.instruction"),
                        string(wording["history_prefix"], "wording.history_prefix")};
    }
    if (!description.domain && !description.customWording)
      fail("domain", "missing (expected a domain such as \"books\" or a \"wording\" object)");
    if (description.domain && !description.customWording) {
      try {
        PromptWording::forDomain(*description.domain);
      } catch (const Error& e) {
        fail("domain", e.what());
      }
    }
    readItems(root, description);
    readSamples(root, description);
    if (root.contains("sequence_length")) {
      const Json& length = root["sequence_length"];
      allowOnly(length, "sequence_length", {"min", "max"});
      if (length.contains("min"))
        description.sequenceLength.min = count(length["min"], "sequence_length.min");
      if (length.contains("max"))
        description.sequenceLength.max = count(length["max"], "sequence_length.max");
      if (description.sequenceLength.min < 2 ||
          description.sequenceLength.min > description.sequenceLength.max)
        fail("sequence_length", "expected 2 <= min <= max");
    }
    return description;
  }

 private:
  void readItems(const Json& root, DatasetDescription& description) const {
    if (!root.contains("items")) fail("items", "missing (expected the items file)");
    const Json& items = root["items"];
    if (items.is_string()) {
      description.items.file = items.get<std::string>();
      return;
    }
    allowOnly(items, "items", {"file", "format", "id_field", "title_field", "allow_empty_titles"});
    if (!items.contains("file")) fail("items.file", "missing");
    description.items.file = string(items["file"], "items.file");
    if (items.contains("format")) {
      try {
        description.items.format = itemsFormatFromName(string(items["format"], "items.format"));
      } catch (const Error& e) {
        fail("items.format", e.what());
      }
    }
    if (items.contains("id_field"))
      description.items.idField = string(items["id_field"], "items.id_field");
    if (items.contains("allow_empty_titles")) {
      if (!items["allow_empty_titles"].is_boolean())
        fail("items.allow_empty_titles", "expected true or false");
      description.items.allowEmptyTitles = items["allow_empty_titles"].get<bool>();
    }
    if (items.contains("title_field"))
      description.items.titleField = string(items["title_field"], "items.title_field");
  }

  void readSamples(const Json& root, DatasetDescription& description) const {
    const bool hasSplits = root.contains("splits");
    const bool hasInteractions = root.contains("interactions");
    if (hasSplits == hasInteractions)
      fail(hasSplits ? "splits" : "interactions",
           "expected exactly one of \"splits\" (sample files) and \"interactions\" (raw file)");
    if (hasSplits) {
      const Json& splits = root["splits"];
      if (!splits.is_object() || splits.empty())
        fail("splits", "expected an object mapping split names to CSV files");
      for (const auto& [name, file] : splits.items())
        description.splitFiles.emplace_back(name, string(file, "splits." + name));
      return;
    }
    const Json& interactions = root["interactions"];
    if (interactions.is_string()) {
      description.interactionsFile = interactions.get<std::string>();
      return;
    }
    allowOnly(interactions, "interactions", {"file", "split"});
    if (!interactions.contains("file")) fail("interactions.file", "missing");
    description.interactionsFile = string(interactions["file"], "interactions.file");
    if (interactions.contains("split")) {
      const Json& split = interactions["split"];
      allowOnly(split, "interactions.split", {"train", "valid", "test"});
      SplitFractions& f = description.fractions;
      if (split.contains("train")) f.train = fraction(split["train"], "interactions.split.train");
      if (split.contains("valid")) f.valid = fraction(split["valid"], "interactions.split.valid");
      if (split.contains("test")) f.test = fraction(split["test"], "interactions.split.test");
      if (f.train < 0 || f.valid < 0 || f.test < 0 ||
          std::abs(f.train + f.valid + f.test - 1.0) > 1e-6)
        fail("interactions.split", "expected non-negative fractions summing to 1");
    }
  }

  std::string file_;
};

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
  Json root;
  try {
    root = Json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    throwAt(fileName, lineOfOffset(text, e.byte), std::string("invalid JSON: ") + e.what());
  } catch (const nlohmann::json::exception& e) {  // a number too large for a double
    throwAt(fileName, 0, std::string("invalid JSON: ") + e.what());
  }
  return DescriptionReader(fileName).read(root);
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
