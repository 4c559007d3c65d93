#include "data/bigrec_samples.h"

#include <fstream>

#include "common/error.h"
#include "common/csv_field.h"
#include "data/csv_reader.h"
#include "data/item_id_list.h"
#include "data/text_file.h"

namespace msl {
namespace {

const char* const kHeader = "user_id,item_ids,timestamp";

}  // namespace

std::vector<Sample> parseBigRecSamples(std::istream& in, const std::string& fileName,
                                       const Catalog& catalog, SequenceLengthRange range) {
  CsvReader reader(in, fileName);
  CsvRecord record;
  if (!reader.next(record))
    throwAt(fileName, 1, std::string("empty file (expected the header ") + kHeader + ")");
  if (record.fields != std::vector<std::string>{"user_id", "item_ids", "timestamp"})
    throwAt(fileName, record.line, std::string("expected the header ") + kHeader);

  std::vector<Sample> samples;
  while (reader.next(record)) {
    const std::size_t line = record.line;
    if (record.fields.size() != 3)
      throwAt(fileName, line,
              "expected 3 columns (user_id,item_ids,timestamp), found " +
                  std::to_string(record.fields.size()));
    Sample sample;
    sample.userId = record.fields[0];
    if (sample.userId.empty()) throwAt(fileName, line, "empty user_id");
    try {
      sample.itemIds = parseItemIdList(record.fields[1]);
    } catch (const Error& e) {
      throwAt(fileName, line, e.what());
    }
    if (sample.itemIds.size() < range.min || sample.itemIds.size() > range.max)
      throwAt(fileName, line,
              "sequence of " + std::to_string(sample.itemIds.size()) + " items (expected " +
                  std::to_string(range.min) + " to " + std::to_string(range.max) + ")");
    for (const ItemId id : sample.itemIds)
      if (!catalog.contains(id))
        throwAt(fileName, line, "unknown item id " + std::to_string(id) + " (not in the catalog)");
    const auto timestamp = parseInteger(record.fields[2]);
    if (!timestamp || *timestamp < 0)
      throwAt(fileName, line,
              "bad timestamp \"" + record.fields[2] +
                  "\" (expected non-negative integer Unix seconds)");
    sample.timestamp = *timestamp;
    samples.push_back(std::move(sample));
  }
  return samples;
}

std::vector<Sample> loadBigRecSamples(const std::filesystem::path& file, const Catalog& catalog,
                                      SequenceLengthRange range) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throwAt(file.string(), 0, "cannot open file for reading");
  return parseBigRecSamples(in, file.string(), catalog, range);
}

void writeBigRecSamples(const std::vector<Sample>& samples, const std::filesystem::path& file) {
  std::string text = std::string(kHeader) + "\n";
  for (const Sample& sample : samples) {
    text += csvField(sample.userId) + ",\"" + formatItemIdList(sample.itemIds) + "\"," +
            std::to_string(sample.timestamp) + "\n";
  }
  writeTextFile(file, text);
}

}  // namespace msl
