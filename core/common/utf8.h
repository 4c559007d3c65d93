#pragma once
// UTF-8 helpers shared by the data loader (validation) and the tokenizer (code point walks).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace msl::utf8 {

// Returns true when `text` is well-formed UTF-8 (no overlongs, surrogates or values > U+10FFFF).
// On failure, *badOffset (if given) receives the byte offset of the first bad sequence.
bool isValid(std::string_view text, std::size_t* badOffset = nullptr);

// Decodes well-formed UTF-8; malformed bytes decode to U+FFFD one byte at a time.
std::vector<char32_t> decode(std::string_view text);

void append(std::string& out, char32_t codePoint);
std::string encode(const std::vector<char32_t>& codePoints);

// Length in bytes of the sequence starting with `lead` (1 for invalid lead bytes).
std::size_t sequenceLength(unsigned char lead);

}  // namespace msl::utf8
