#pragma once
// The pre-tokenization of Llama-3's tokenizer.json: a Split on the regex below with behaviour
// "Isolated" (matches and the gaps between them all become pieces). Training and encoding must
// split text exactly as Hugging Face does, or merges learnt here would never apply there.
#include <string_view>
#include <vector>

#include "tokenizer/regex.h"

namespace msl {

// Verbatim from Llama-3's tokenizer.json (pre_tokenizer.pretokenizers[0].pattern.Regex).
inline constexpr std::string_view kLlama3SplitPattern =
    R"((?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+)";

class Llama3PreTokenizer {
 public:
  // The pattern is read as Hugging Face reads it (Regex::fromOniguruma: ASCII-only case
  // folding in (?i:...), Unicode White_Space for \s), the same translation encoding uses.
  Llama3PreTokenizer();

  // Pieces of `text` in order; they concatenate to `text`. The views point into `text`.
  // Throws msl::Error when `text` is not well-formed UTF-8.
  std::vector<std::string_view> split(std::string_view text) const;

 private:
  Regex pattern_;
};

}  // namespace msl
