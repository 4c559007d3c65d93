#pragma once
// What the model does at one target position, as plain values for the mask inspector: the valid
// tokens' probabilities under the masked softmax (the distribution MSL trains) and under the full
// softmax (LML's), the probability mass the full softmax puts on invalid tokens, and the invalid
// tokens it favours most: the ones LML pushes down and MSL leaves alone.
#include <cstddef>
#include <string>
#include <vector>

#include "tokenizer/tokenizer.h"

namespace msl {

struct TokenProbability {
  TokenId token = 0;
  double masked = 0;  // softmax over the valid tokens only; 0 for an invalid token
  double full = 0;    // softmax over the whole vocabulary
};

struct PositionProbabilities {
  std::size_t position = 0;
  TokenId target = 0;
  std::vector<TokenProbability> valid;       // in the trie's (ascending token id) order
  double invalidMass = 0;                    // full-softmax probability of every invalid token
  std::vector<TokenProbability> topInvalid;  // highest full-softmax probability first
};

// Greedy generation without the catalog constraint, from a forced first token.
struct GeneratedTitle {
  std::string title;                 // decoded, surrounding double quotes removed
  double firstTokenProbability = 0;  // full softmax at the first target position
  bool inCatalog = false;            // exactly some catalog title; otherwise invented
  bool endedWithEos = false;
};

}  // namespace msl
