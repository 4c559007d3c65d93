#pragma once
// Unicode operations the tokenizer pipeline needs, without ICU: canonical normalization
// (NFC/NFD), full lowercase mapping, White_Space, and lossy UTF-8 repair.
#include <string>
#include <string_view>

namespace msl::unicode {

std::string nfc(std::string_view utf8);
std::string nfd(std::string_view utf8);
std::string lowercase(std::string_view utf8);

// The Unicode White_Space property (what Rust's char::is_whitespace tests).
bool isWhiteSpace(char32_t codePoint);

// Replaces each ill-formed subsequence with U+FFFD the way WHATWG TextDecoder and Rust's
// String::from_utf8_lossy do (one U+FFFD per maximal subpart). Returns true if it changed.
bool repairUtf8(std::string_view bytes, std::string& out);

// Decodes one code point of well-formed UTF-8 at text[i] and advances i.
inline char32_t nextCodePoint(std::string_view text, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  if (b0 < 0xE0) {
    const char32_t cp = ((b0 & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
    i += 2;
    return cp;
  }
  if (b0 < 0xF0) {
    const char32_t cp = ((b0 & 0x0Fu) << 12) |
                        ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                        (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
    i += 3;
    return cp;
  }
  const char32_t cp = ((b0 & 0x07u) << 18) |
                      ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 12) |
                      ((static_cast<unsigned char>(text[i + 2]) & 0x3Fu) << 6) |
                      (static_cast<unsigned char>(text[i + 3]) & 0x3Fu);
  i += 4;
  return cp;
}

}  // namespace msl::unicode
