#include "bpe_training/byte_level_alphabet.h"

#include <array>
#include <unordered_map>

#include "common/utf8.h"

namespace msl::byte_level {
namespace {

// Printable Latin-1 bytes stand for themselves; the other 68 bytes take code points from
// U+0100 upwards in byte order (GPT-2's bytes_to_unicode).
std::array<char32_t, 256> buildCodePoints() {
  std::array<char32_t, 256> codePoints{};
  char32_t nextSubstitute = 256;
  for (int byte = 0; byte < 256; ++byte) {
    const bool printable = (byte >= '!' && byte <= '~') || (byte >= 0xA1 && byte <= 0xAC) ||
                           (byte >= 0xAE && byte <= 0xFF);
    codePoints[byte] = printable ? static_cast<char32_t>(byte) : nextSubstitute++;
  }
  return codePoints;
}

struct Alphabet {
  std::array<std::string, 256> symbols;
  std::unordered_map<char32_t, unsigned char> byteOfCodePoint;

  Alphabet() {
    const auto codePoints = buildCodePoints();
    for (int byte = 0; byte < 256; ++byte) {
      utf8::append(symbols[byte], codePoints[byte]);
      byteOfCodePoint.emplace(codePoints[byte], static_cast<unsigned char>(byte));
    }
  }
};

const Alphabet& alphabet() {
  static const Alphabet instance;
  return instance;
}

}  // namespace

const std::string& symbolOf(unsigned char byte) {
  return alphabet().symbols[byte];
}

std::string toSymbols(std::string_view bytes) {
  std::string symbols;
  symbols.reserve(bytes.size() * 2);
  for (const char byte : bytes) symbols += symbolOf(static_cast<unsigned char>(byte));
  return symbols;
}

std::optional<std::string> toBytes(std::string_view symbols) {
  if (!utf8::isValid(symbols)) return std::nullopt;
  std::string bytes;
  bytes.reserve(symbols.size());
  for (const char32_t codePoint : utf8::decode(symbols)) {
    const auto found = alphabet().byteOfCodePoint.find(codePoint);
    if (found == alphabet().byteOfCodePoint.end()) return std::nullopt;
    bytes += static_cast<char>(found->second);
  }
  return bytes;
}

}  // namespace msl::byte_level
