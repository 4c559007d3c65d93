#pragma once
// Hugging Face matches added tokens in the raw text before any pre-tokenization, so a special
// token written in the text becomes its own id instead of being cut into pieces.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace msl {

struct TextSegment {
  std::string_view text;
  std::optional<std::size_t> specialIndex;  // index into the specials list, or plain text
};

// Leftmost match first; among specials starting at the same byte, the longest wins.
std::vector<TextSegment> splitOnSpecialTokens(std::string_view text,
                                              const std::vector<std::string>& specials);

}  // namespace msl
