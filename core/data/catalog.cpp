#include "data/catalog.h"

#include <algorithm>
#include <map>

#include "common/error.h"

namespace msl {

void Catalog::add(ItemId id, std::string title) {
  if (contains(id)) throw Error("duplicate item id " + std::to_string(id));
  index_.emplace(id, items_.size());
  items_.push_back({id, std::move(title)});
}

const Item* Catalog::find(ItemId id) const {
  const auto it = index_.find(id);
  return it == index_.end() ? nullptr : &items_[it->second];
}

const std::string& Catalog::title(ItemId id) const {
  const Item* item = find(id);
  if (!item) throw Error("unknown item id " + std::to_string(id));
  return item->title;
}

std::vector<std::pair<std::string, std::vector<ItemId>>> Catalog::duplicateTitles() const {
  std::map<std::string, std::vector<ItemId>> idsByTitle;
  for (const Item& item : items_) idsByTitle[item.title].push_back(item.id);
  std::vector<std::pair<std::string, std::vector<ItemId>>> duplicates;
  for (auto& [title, ids] : idsByTitle) {
    if (ids.size() < 2) continue;
    std::sort(ids.begin(), ids.end());
    duplicates.emplace_back(title, ids);
  }
  std::sort(duplicates.begin(), duplicates.end(),
            [](const auto& a, const auto& b) { return a.second.front() < b.second.front(); });
  return duplicates;
}

}  // namespace msl
