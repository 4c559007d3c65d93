#pragma once
// The Python-style id lists of BIGRec CSV files: "[378, 1643, 454]".
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data/catalog.h"

namespace msl {

// Throws msl::Error (without file/line; the caller adds them) describing what was expected.
std::vector<ItemId> parseItemIdList(std::string_view text);

// "[378, 1643, 454]", the form BIGRec writes.
std::string formatItemIdList(const std::vector<ItemId>& ids);

// A whole-field base-10 integer (optional leading '-'); nullopt for anything else.
std::optional<std::int64_t> parseInteger(std::string_view text);

}  // namespace msl
