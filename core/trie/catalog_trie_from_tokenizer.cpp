// Separate object file so that code using only CatalogTrie::build(catalog, encode, eos) does not
// link the tokenizer.
#include "common/error.h"
#include "trie/catalog_trie.h"

namespace msl {

CatalogTrie CatalogTrie::build(const Catalog& catalog, const Tokenizer& tokenizer) {
  const auto eos = tokenizer.eosId();
  if (!eos) throw Error("title trie: the tokenizer defines no EOS token, which ends every title");
  return build(
      catalog, [&tokenizer](std::string_view text) { return tokenizer.encode(text, false); }, *eos);
}

}  // namespace msl
