#include "data/items_file.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/error.h"
#include "common/json_reader.h"
#include "common/utf8.h"
#include "data/csv_reader.h"
#include "data/item_id_list.h"
#include "data/text_file.h"

namespace msl {
namespace {

// Checks one title; `where` is "file:line" for the message.
void checkTitle(const std::string& file, std::size_t line, ItemId id, const std::string& title,
                std::size_t titleOffsetInFile, bool allowEmpty) {
  std::size_t bad = 0;
  if (!utf8::isValid(title, &bad)) {
    std::string offsets = "byte offset " + std::to_string(bad) + " of the title";
    if (titleOffsetInFile != std::string::npos)
      offsets += ", byte offset " + std::to_string(titleOffsetInFile + bad) + " of the file";
    throwAt(file, line,
            "title of item " + std::to_string(id) + " is not valid UTF-8 (" + offsets + ")");
  }
  if (!allowEmpty && title.find_first_not_of(" \t\r\n") == std::string::npos)
    throwAt(file, line, "title of item " + std::to_string(id) + " is empty");
}

void addItem(Catalog& catalog, const std::string& file, std::size_t line, ItemId id,
             std::string title) {
  if (catalog.contains(id))
    throwAt(file, line, "duplicate item id " + std::to_string(id) + " (expected unique ids)");
  catalog.add(id, std::move(title));
}

ItemId parseItemId(const std::string& file, std::size_t line, const std::string& text) {
  const auto id = parseInteger(text);
  if (!id) throwAt(file, line, "expected an integer item id, got \"" + text + "\"");
  return *id;
}

// A scanner for the flat {"id": "title", ...} object of BIGRec. nlohmann would accept duplicate
// keys silently and cannot tell the line of an entry, so we walk the top level ourselves and let
// nlohmann decode only the individual string literals.
class BigRecScanner {
 public:
  BigRecScanner(const std::string& text, const std::string& file, bool allowEmptyTitles)
      : text_(text), file_(file), allowEmptyTitles_(allowEmptyTitles) {}

  Catalog scan() {
    Catalog catalog;
    skipSpace();
    expect('{', "'{' opening the id -> title object");
    skipSpace();
    if (peek() == '}') return catalog;
    while (true) {
      skipSpace();
      const std::size_t keyLine = line();
      const std::string key = decodeString(readStringLiteral("a quoted item id"), keyLine, 0);
      const ItemId id = parseItemId(file_, keyLine, key);
      skipSpace();
      expect(':', "':' after the item id");
      skipSpace();
      const std::size_t valueOffset = pos_ + 1;
      const std::string raw = readStringLiteral("a quoted title for item " + key);
      checkTitle(file_, line(), id, raw, valueOffset, allowEmptyTitles_);
      std::string title = decodeString(raw, line(), id);
      checkTitle(file_, line(), id, title, std::string::npos, allowEmptyTitles_);
      addItem(catalog, file_, keyLine, id, std::move(title));
      skipSpace();
      if (peek() == ',') {
        ++pos_;
        continue;
      }
      expect('}', "',' or '}' after the title of item " + key);
      break;
    }
    skipSpace();
    if (pos_ != text_.size()) fail("unexpected text after the closing '}'");
    return catalog;
  }

 private:
  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  std::size_t line() const { return line_; }
  [[noreturn]] void fail(const std::string& message) const { throwAt(file_, line(), message); }

  void skipSpace() {
    // Only whitespace between tokens can hold line breaks (strings may not), so counting
    // here keeps line() exact without rescanning the text.
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' ||
                                   text_[pos_] == '\n' || text_[pos_] == '\r')) {
      if (text_[pos_] == '\n') ++line_;
      ++pos_;
    }
  }

  void expect(char c, const std::string& what) {
    if (peek() != c) fail(std::string("expected ") + what);
    ++pos_;
  }

  // Returns the literal's content between the quotes, escapes still raw.
  std::string readStringLiteral(const std::string& what) {
    if (peek() != '"') fail("expected " + what);
    const std::size_t start = ++pos_;
    while (pos_ < text_.size() && text_[pos_] != '"') {
      if (text_[pos_] == '\n') fail("line break inside a string (expected a closing '\"')");
      if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) ++pos_;
      ++pos_;
    }
    if (pos_ >= text_.size()) fail("unterminated string (expected a closing '\"')");
    return text_.substr(start, pos_++ - start);
  }

  std::string decodeString(const std::string& raw, std::size_t line, ItemId id) const {
    if (raw.find('\\') == std::string::npos) return raw;
    try {
      return nlohmann::json::parse("\"" + raw + "\"").get<std::string>();
    } catch (const std::exception& e) {
      throwAt(file_, line,
              "bad escape in " + (id ? "the title of item " + std::to_string(id) : "an item id") +
                  ": " + e.what());
    }
  }

  const std::string& text_;
  const std::string& file_;
  bool allowEmptyTitles_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
};

Catalog parseJsonRecords(const std::string& text, const ItemsFileSpec& spec) {
  const std::string file = spec.file.string();
  std::size_t bad = 0;
  if (!utf8::isValid(text, &bad))
    throwAt(file, lineOfOffset(text, bad),
            "not valid UTF-8 at byte offset " + std::to_string(bad) + " of the file");
  const nlohmann::json records = parseJson(text, file);
  if (!records.is_array()) throwAt(file, 1, "expected a JSON array of item records");
  Catalog catalog;
  std::size_t index = 0;
  for (const auto& record : records) {
    const std::string where = "record " + std::to_string(index++);
    if (!record.is_object()) throwAt(file, 0, where + ": expected an object");
    const auto id = record.find(spec.idField);
    const auto title = record.find(spec.titleField);
    if (id == record.end() || title == record.end())
      throwAt(file, 0,
              where + ": expected fields \"" + spec.idField + "\" and \"" + spec.titleField + "\"");
    ItemId itemId = 0;
    if (id->is_number_integer())
      itemId = id->get<ItemId>();
    else if (id->is_string())
      itemId = parseItemId(file, 0, id->get<std::string>());
    else
      throwAt(file, 0, where + ": expected an integer \"" + spec.idField + "\"");
    if (!title->is_string())
      throwAt(file, 0, where + ": expected a string \"" + spec.titleField + "\"");
    std::string titleText = title->get<std::string>();
    checkTitle(file, 0, itemId, titleText, std::string::npos, spec.allowEmptyTitles);
    addItem(catalog, file, 0, itemId, std::move(titleText));
  }
  return catalog;
}

Catalog parseCsvItems(const ItemsFileSpec& spec) {
  const std::string file = spec.file.string();
  std::ifstream in(spec.file, std::ios::binary);
  if (!in) throwAt(file, 0, "cannot open file for reading");
  CsvReader reader(in, file);
  CsvRecord record;
  if (!reader.next(record)) throwAt(file, 1, "empty file (expected a header line)");
  std::size_t idColumn = record.fields.size(), titleColumn = record.fields.size();
  for (std::size_t i = 0; i < record.fields.size(); ++i) {
    if (record.fields[i] == spec.idField) idColumn = i;
    if (record.fields[i] == spec.titleField) titleColumn = i;
  }
  if (idColumn == record.fields.size() || titleColumn == record.fields.size())
    throwAt(
        file, record.line,
        "header must name the columns \"" + spec.idField + "\" and \"" + spec.titleField + "\"");
  const std::size_t columns = record.fields.size();
  Catalog catalog;
  while (reader.next(record)) {
    if (record.fields.size() != columns)
      throwAt(file, record.line,
              "expected " + std::to_string(columns) + " columns, found " +
                  std::to_string(record.fields.size()));
    const ItemId id = parseItemId(file, record.line, record.fields[idColumn]);
    checkTitle(file, record.line, id, record.fields[titleColumn], std::string::npos,
               spec.allowEmptyTitles);
    addItem(catalog, file, record.line, id, std::move(record.fields[titleColumn]));
  }
  return catalog;
}

}  // namespace

Catalog parseBigRecCatalog(const std::string& text, const std::string& fileName,
                           bool allowEmptyTitles) {
  return BigRecScanner(text, fileName, allowEmptyTitles).scan();
}

Catalog loadBigRecCatalog(const std::filesystem::path& file, bool allowEmptyTitles) {
  return parseBigRecCatalog(readTextFile(file), file.string(), allowEmptyTitles);
}

Catalog loadItems(const ItemsFileSpec& spec) {
  if (spec.format == ItemsFormat::Csv || (!spec.format && spec.file.extension() == ".csv"))
    return parseCsvItems(spec);
  const std::string text = readTextFile(spec.file);
  ItemsFormat format = ItemsFormat::BigRecJson;
  if (spec.format) {
    format = *spec.format;
  } else {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && text[first] == '[') format = ItemsFormat::JsonRecords;
  }
  if (format == ItemsFormat::JsonRecords) return parseJsonRecords(text, spec);
  return parseBigRecCatalog(text, spec.file.string(), spec.allowEmptyTitles);
}

void writeBigRecCatalog(const Catalog& catalog, const std::filesystem::path& file) {
  std::string text = "{\n";
  const auto& items = catalog.items();
  for (std::size_t i = 0; i < items.size(); ++i) {
    text += "    \"" + std::to_string(items[i].id) + "\": " + nlohmann::json(items[i].title).dump();
    text += i + 1 < items.size() ? ",\n" : "\n";
  }
  text += "}";
  writeTextFile(file, text);
}

ItemsFormat itemsFormatFromName(const std::string& name) {
  if (name == "bigrec_json") return ItemsFormat::BigRecJson;
  if (name == "json_records") return ItemsFormat::JsonRecords;
  if (name == "csv") return ItemsFormat::Csv;
  throw Error("unknown items format \"" + name +
              "\" (expected one of: bigrec_json, json_records, csv)");
}

}  // namespace msl
