#pragma once
// Reading and writing item catalogs. Three source forms:
//  - BIGRec JSON: {"<id>": "<title>", ...} (id2name4Rec.json),
//  - JSON records: [{"id": 1, "title": "..."}, ...],
//  - CSV with a header naming the id and title columns.
// Errors (msl::Error) name file and line: non-UTF-8 titles (with the item id and byte offset),
// empty titles (unless allowed), duplicate or non-integer ids. Duplicate titles are legal (see
// Catalog::duplicateTitles).
#include <filesystem>
#include <optional>
#include <string>

#include "data/catalog.h"

namespace msl {

enum class ItemsFormat { BigRecJson, JsonRecords, Csv };

struct ItemsFileSpec {
  std::filesystem::path file;
  std::optional<ItemsFormat> format;  // inferred from the extension and first character if empty
  std::string idField = "id";
  std::string titleField = "title";
  // The published Amazon Books id2name4Rec.json has one empty title (item 5746) that its
  // training samples use, so the BIGRec layout must load it; everywhere else it is an error.
  bool allowEmptyTitles = false;
};

Catalog loadItems(const ItemsFileSpec& spec);
Catalog loadBigRecCatalog(const std::filesystem::path& file, bool allowEmptyTitles = false);
Catalog parseBigRecCatalog(const std::string& text, const std::string& fileName,
                           bool allowEmptyTitles = false);

// Writes id2name4Rec.json the way BIGRec lays it out: one "id": "title" pair per line, in
// catalog order, indented by four spaces, UTF-8 kept as is.
void writeBigRecCatalog(const Catalog& catalog, const std::filesystem::path& file);

// "bigrec_json" | "json_records" | "csv" -> enum; throws listing the accepted names.
ItemsFormat itemsFormatFromName(const std::string& name);

}  // namespace msl
