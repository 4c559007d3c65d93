#pragma once
// GPT-2's reversible byte <-> printable-character mapping used by ByteLevel components.
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace msl::byte_level {

// UTF-8 of the character that stands for each byte.
const std::array<std::string, 256>& byteToText();
// The byte a character stands for, or -1 when it is not one of the 256.
int codePointToByte(char32_t codePoint);
// Maps every byte of `bytes` to its character, appending to `out`.
void encode(std::string_view bytes, std::string& out);
// The same, returned: how byte-level vocabularies spell a byte sequence.
std::string toText(std::string_view bytes);
// The inverse of toText; nullopt when `text` holds a character outside the 256.
std::optional<std::string> toBytes(std::string_view text);

}  // namespace msl::byte_level
