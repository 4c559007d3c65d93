#pragma once
// GPT-2's reversible byte <-> printable-character map, as Hugging Face's ByteLevel
// pre-tokenizer and decoder use it. Vocabulary strings of byte-level BPE files are written in
// this alphabet, so every byte sequence (even invalid UTF-8) has a JSON-safe spelling.
#include <optional>
#include <string>
#include <string_view>

namespace msl::byte_level {

// The UTF-8 spelling of the code point that stands for `byte`.
const std::string& symbolOf(unsigned char byte);

// Maps each byte of `bytes` to its symbol.
std::string toSymbols(std::string_view bytes);

// The inverse of toSymbols; nullopt when `symbols` contains a code point outside the alphabet.
std::optional<std::string> toBytes(std::string_view symbols);

}  // namespace msl::byte_level
