#pragma once
// Raw user-item interactions, the input of the sliding-window import:
// CSV with a header naming the columns user, item and timestamp (others are ignored).
#include <cstdint>
#include <filesystem>
#include <istream>
#include <string>
#include <vector>

#include "data/catalog.h"

namespace msl {

struct Interaction {
  std::string userId;
  ItemId itemId = 0;
  std::int64_t timestamp = 0;
};

// Throws msl::Error "file:line: ..." on a missing column, unknown item id or bad timestamp.
std::vector<Interaction> parseInteractions(std::istream& in, const std::string& fileName,
                                           const Catalog& catalog);
std::vector<Interaction> loadInteractions(const std::filesystem::path& file,
                                          const Catalog& catalog);

}  // namespace msl
