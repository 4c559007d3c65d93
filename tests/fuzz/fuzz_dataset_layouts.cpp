// The dataset layouts: the first byte picks id2name4Rec.json, a BIGRec sample CSV,
// dataset.json or a raw interactions CSV; the rest is the file.
#include <sstream>

#include "data/bigrec_samples.h"
#include "data/catalog.h"
#include "data/dataset_description.h"
#include "data/interactions.h"
#include "data/items_file.h"
#include "fuzz_input.h"

namespace {

// The catalog the CSVs refer to: ids 0..9, one title shared by two items.
const msl::Catalog& catalog() {
  static const msl::Catalog items = [] {
    msl::Catalog built;
    for (msl::ItemId id = 0; id < 10; ++id)
      built.add(id, id == 9 ? "Book 1" : "Book " + std::to_string(id));
    return built;
  }();
  return items;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string file = msl::fuzz::asText(data + 1, size - 1);
  switch (data[0] % 4) {
    case 0:
      msl::fuzz::parsedOrClearError("id2name4Rec.json", [&] {
        (void)msl::parseBigRecCatalog(file, "id2name4Rec.json", data[0] & 4);
      });
      break;
    case 1:
      msl::fuzz::parsedOrClearError("train.csv", [&] {
        std::istringstream in(file);
        (void)msl::parseBigRecSamples(in, "train.csv", catalog());
      });
      break;
    case 2:
      msl::fuzz::parsedOrClearError("dataset.json", [&] {
        const auto description = msl::parseDatasetDescription(file, "dataset.json");
        (void)msl::datasetDescriptionJson(description);
      });
      break;
    default:
      msl::fuzz::parsedOrClearError("interactions.csv", [&] {
        std::istringstream in(file);
        (void)msl::parseInteractions(in, "interactions.csv", catalog());
      });
  }
  return 0;
}
