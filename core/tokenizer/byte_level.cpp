#include "tokenizer/byte_level.h"

#include <string_view>

#include "common/utf8.h"

namespace msl::byte_level {
namespace {

struct Tables {
  std::array<std::string, 256> text;
  std::array<char32_t, 256> codePoint{};
  Tables() {
    int extra = 0;
    for (int b = 0; b < 256; ++b) {
      const bool printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE);
      codePoint[b] = printable ? static_cast<char32_t>(b) : static_cast<char32_t>(256 + extra++);
      utf8::append(text[b], codePoint[b]);
    }
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

}  // namespace

const std::array<std::string, 256>& byteToText() {
  return tables().text;
}

int codePointToByte(char32_t cp) {
  if (cp < 256) {
    const bool printable = (cp >= '!' && cp <= '~') || (cp >= 0xA1 && cp <= 0xAC) || cp >= 0xAE;
    return printable ? static_cast<int>(cp) : -1;
  }
  for (int b = 0; b < 256; ++b) {
    if (tables().codePoint[b] == cp) return b;
  }
  return -1;
}

void encode(std::string_view bytes, std::string& out) {
  const auto& text = tables().text;
  for (char c : bytes) out += text[static_cast<unsigned char>(c)];
}

std::string toText(std::string_view bytes) {
  std::string text;
  text.reserve(bytes.size() * 2);
  encode(bytes, text);
  return text;
}

std::optional<std::string> toBytes(std::string_view text) {
  if (!utf8::isValid(text)) return std::nullopt;
  std::string bytes;
  bytes.reserve(text.size());
  for (const char32_t codePoint : utf8::decode(text)) {
    const int byte = codePointToByte(codePoint);
    if (byte < 0) return std::nullopt;
    bytes += static_cast<char>(byte);
  }
  return bytes;
}

}  // namespace msl::byte_level
