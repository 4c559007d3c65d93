#pragma once
// Unconstrained greedy generation: what the model writes when nothing keeps it on the catalog
// (LML-trained models invent plausible but fictitious titles). The share of generated titles
// that exist in the catalog measures how much the constraint is doing.
#include <string>
#include <vector>

#include "data/catalog.h"
#include "model/causal_lm.h"
#include "tokenizer/tokenizer.h"

namespace msl {

struct FreeGeneration {
  std::vector<TokenId> tokens;  // generated, EOS excluded
  std::string text;             // decoded
  std::string title;            // text without the surrounding double quotes
  bool endedWithEos = false;
  bool inCatalog = false;  // `title` is exactly some catalog title
};

// Greedy decoding with the KV cache from `prompt` until EOS or maxNewTokens.
FreeGeneration greedyGenerate(CausalLm& model, const Tokenizer& tokenizer, const Catalog& catalog,
                              const std::vector<TokenId>& prompt, TokenId eos,
                              std::size_t maxNewTokens = 64);

// The decoded text, the title without its quotes and whether the catalog holds it, for
// generated tokens (EOS excluded).
FreeGeneration describeGeneration(std::vector<TokenId> tokens, const Tokenizer& tokenizer,
                                  const Catalog& catalog);

double catalogTitleShare(const std::vector<FreeGeneration>& generations);

}  // namespace msl
