#pragma once
// The item catalog: item ids and their titles (titles keep HTML entities as the data has them).
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace msl {

using ItemId = std::int64_t;

struct Item {
  ItemId id = 0;
  std::string title;
};

class Catalog {
 public:
  // Throws msl::Error when the id is already present.
  void add(ItemId id, std::string title);

  std::size_t size() const { return items_.size(); }
  bool contains(ItemId id) const { return index_.count(id) != 0; }
  const Item* find(ItemId id) const;
  // Throws msl::Error("unknown item id N") when absent.
  const std::string& title(ItemId id) const;
  // Items in insertion order (the order of the source file).
  const std::vector<Item>& items() const { return items_; }

  // Titles that occur under more than one id, each with its ids (ascending by first id).
  std::vector<std::pair<std::string, std::vector<ItemId>>> duplicateTitles() const;

 private:
  std::vector<Item> items_;
  std::unordered_map<ItemId, std::size_t> index_;
};

}  // namespace msl
