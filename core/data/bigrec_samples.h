#pragma once
// Sample files in the BIGRec layout: CSV `user_id,item_ids,timestamp`, item_ids a quoted
// Python-style list "[378, 1643, 454]" (oldest first, last = target).
#include <filesystem>
#include <istream>
#include <string>
#include <vector>

#include "data/catalog.h"
#include "data/sample.h"

namespace msl {

// Items per sample (history + target). BIGRec's sliding window yields 5..11.
struct SequenceLengthRange {
  std::size_t min = 5;
  std::size_t max = 11;
};

// Throws msl::Error "file:line: ..." on a wrong header or column count, a malformed list, an
// unknown item id, a sequence length out of range, an empty user id or a bad timestamp.
std::vector<Sample> parseBigRecSamples(std::istream& in, const std::string& fileName,
                                       const Catalog& catalog, SequenceLengthRange range = {});
std::vector<Sample> loadBigRecSamples(const std::filesystem::path& file, const Catalog& catalog,
                                      SequenceLengthRange range = {});

void writeBigRecSamples(const std::vector<Sample>& samples, const std::filesystem::path& file);

}  // namespace msl
