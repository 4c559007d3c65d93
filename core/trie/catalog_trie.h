#pragma once
// The title trie of a catalog: each item's title tokenized on its own as "\"{title}\"" (no BOS)
// followed by EOS, as MSL.md defines. Items with identical titles share one path; the leaf
// remembers all of them so that evaluation by title text stays consistent with the reference.
#include <functional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "data/catalog.h"
#include "tokenizer/tokenizer.h"
#include "trie/title_trie.h"

namespace msl {

using TextEncoder = std::function<std::vector<TokenId>(std::string_view)>;

class CatalogTrie {
 public:
  static CatalogTrie build(const Catalog& catalog, const TextEncoder& encode, TokenId eos);
  // Uses the tokenizer's EOS; throws when the tokenizer defines none.
  static CatalogTrie build(const Catalog& catalog, const Tokenizer& tokenizer);

  const TitleTrie& trie() const { return trie_; }
  TokenId eos() const { return eos_; }
  // Quoted title tokens followed by EOS: the training target and the trie path.
  const std::vector<TokenId>& targetTokens(ItemId item) const;
  // Items whose title ends at `leaf` (several for duplicate titles), ascending ids.
  const std::vector<ItemId>& itemsAt(TrieNodeId leaf) const;
  std::size_t itemCount() const { return itemOrder_.size(); }
  const std::vector<ItemId>& items() const { return itemOrder_; }

 private:
  TitleTrie trie_;
  TokenId eos_ = 0;
  std::vector<ItemId> itemOrder_;
  std::unordered_map<ItemId, std::size_t> itemIndex_;
  std::vector<std::vector<TokenId>> targetTokens_;
  std::unordered_map<TrieNodeId, std::vector<ItemId>> itemsByLeaf_;
};

}  // namespace msl
