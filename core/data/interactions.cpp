#include "data/interactions.h"

#include <fstream>

#include "common/error.h"
#include "data/csv_reader.h"
#include "data/item_id_list.h"

namespace msl {

std::vector<Interaction> parseInteractions(std::istream& in, const std::string& fileName,
                                           const Catalog& catalog) {
  CsvReader reader(in, fileName);
  CsvRecord record;
  if (!reader.next(record))
    throwAt(fileName, 1, "empty file (expected a header with user,item,timestamp)");
  const std::size_t columns = record.fields.size();
  std::size_t userColumn = columns, itemColumn = columns, timeColumn = columns;
  for (std::size_t i = 0; i < columns; ++i) {
    if (record.fields[i] == "user") userColumn = i;
    if (record.fields[i] == "item") itemColumn = i;
    if (record.fields[i] == "timestamp") timeColumn = i;
  }
  if (userColumn == columns || itemColumn == columns || timeColumn == columns)
    throwAt(fileName, record.line, "expected a header naming the columns user, item and timestamp");

  std::vector<Interaction> interactions;
  while (reader.next(record)) {
    const std::size_t line = record.line;
    if (record.fields.size() != columns)
      throwAt(fileName, line,
              "expected " + std::to_string(columns) + " columns, found " +
                  std::to_string(record.fields.size()));
    Interaction interaction;
    interaction.userId = record.fields[userColumn];
    if (interaction.userId.empty()) throwAt(fileName, line, "empty user");
    const auto item = parseInteger(record.fields[itemColumn]);
    if (!item)
      throwAt(fileName, line,
              "expected an integer item id, got \"" + record.fields[itemColumn] + "\"");
    if (!catalog.contains(*item))
      throwAt(fileName, line, "unknown item id " + std::to_string(*item) + " (not in the catalog)");
    interaction.itemId = *item;
    const auto timestamp = parseInteger(record.fields[timeColumn]);
    if (!timestamp || *timestamp < 0)
      throwAt(fileName, line,
              "bad timestamp \"" + record.fields[timeColumn] +
                  "\" (expected non-negative integer Unix seconds)");
    interaction.timestamp = *timestamp;
    interactions.push_back(std::move(interaction));
  }
  return interactions;
}

std::vector<Interaction> loadInteractions(const std::filesystem::path& file,
                                          const Catalog& catalog) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throwAt(file.string(), 0, "cannot open file for reading");
  return parseInteractions(in, file.string(), catalog);
}

}  // namespace msl
