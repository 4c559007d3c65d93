#include "bpe_training/llama3_pre_tokenizer.h"

#include <string>

#include "common/error.h"
#include "common/utf8.h"

namespace msl {

Llama3PreTokenizer::Llama3PreTokenizer() : pattern_(Regex::fromOniguruma(kLlama3SplitPattern)) {}

std::vector<std::string_view> Llama3PreTokenizer::split(std::string_view text) const {
  std::size_t badOffset = 0;
  if (!utf8::isValid(text, &badOffset)) {
    throw Error("pre-tokenizing: text is not valid UTF-8 at byte " + std::to_string(badOffset));
  }
  std::vector<std::string_view> pieces;
  std::size_t position = 0;
  // "Isolated": every match is a piece, and so is every gap between matches.
  pattern_.forEachMatch(text, [&](std::size_t start, std::size_t end) {
    if (end == start) return;
    if (start > position) pieces.push_back(text.substr(position, start - position));
    pieces.push_back(text.substr(start, end - start));
    position = end;
  });
  if (position < text.size()) pieces.push_back(text.substr(position));
  return pieces;
}

}  // namespace msl
