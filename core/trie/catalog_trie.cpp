#include "trie/catalog_trie.h"

#include <algorithm>

#include "common/error.h"

namespace msl {

CatalogTrie CatalogTrie::build(const Catalog& catalog, const TextEncoder& encode, TokenId eos) {
  CatalogTrie result;
  result.eos_ = eos;
  result.itemOrder_.reserve(catalog.size());
  result.targetTokens_.reserve(catalog.size());
  for (const Item& item : catalog.items()) {
    std::vector<TokenId> tokens = encode("\"" + item.title + "\"");
    tokens.push_back(eos);
    result.itemIndex_.emplace(item.id, result.itemOrder_.size());
    result.itemOrder_.push_back(item.id);
    result.targetTokens_.push_back(std::move(tokens));
  }
  result.trie_ = TitleTrie::build(result.targetTokens_);
  for (std::size_t i = 0; i < result.itemOrder_.size(); ++i) {
    result.itemsByLeaf_[result.trie_.terminal(i)].push_back(result.itemOrder_[i]);
  }
  for (auto& [leaf, ids] : result.itemsByLeaf_) std::sort(ids.begin(), ids.end());
  return result;
}

const std::vector<TokenId>& CatalogTrie::targetTokens(ItemId item) const {
  const auto it = itemIndex_.find(item);
  if (it == itemIndex_.end()) throw Error("title trie: unknown item id " + std::to_string(item));
  return targetTokens_[it->second];
}

const std::vector<ItemId>& CatalogTrie::itemsAt(TrieNodeId leaf) const {
  static const std::vector<ItemId> none;
  const auto it = itemsByLeaf_.find(leaf);
  return it == itemsByLeaf_.end() ? none : it->second;
}

}  // namespace msl
