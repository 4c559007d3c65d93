#pragma once
// A training/evaluation sample: a user's item sequence, oldest first. The last item is the
// target, the ones before it the history shown in the prompt.
#include <cstdint>
#include <string>
#include <vector>

#include "data/catalog.h"

namespace msl {

struct Sample {
  std::string userId;
  std::vector<ItemId> itemIds;  // history..., target
  std::int64_t timestamp = 0;

  ItemId target() const { return itemIds.back(); }
  std::vector<ItemId> history() const { return {itemIds.begin(), itemIds.end() - 1}; }
};

}  // namespace msl
