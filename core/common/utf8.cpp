#include "common/utf8.h"

namespace msl::utf8 {
namespace {

// Decodes one sequence at text[i]; returns the code point or -1 when malformed.
long decodeOne(std::string_view text, std::size_t i, std::size_t& length) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  length = 1;
  if (lead < 0x80) return lead;
  std::size_t n;
  long cp;
  long minimum;
  if ((lead & 0xE0) == 0xC0) {
    n = 2, cp = lead & 0x1F, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    n = 3, cp = lead & 0x0F, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    n = 4, cp = lead & 0x07, minimum = 0x10000;
  } else {
    return -1;
  }
  if (i + n > text.size()) return -1;
  for (std::size_t k = 1; k < n; ++k) {
    const unsigned char c = byte(i + k);
    if ((c & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (c & 0x3F);
  }
  if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
  length = n;
  return cp;
}

}  // namespace

std::size_t sequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;
}

bool isValid(std::string_view text, std::size_t* badOffset) {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length;
    if (decodeOne(text, i, length) < 0) {
      if (badOffset) *badOffset = i;
      return false;
    }
    i += length;
  }
  return true;
}

std::vector<char32_t> decode(std::string_view text) {
  std::vector<char32_t> out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length;
    const long cp = decodeOne(text, i, length);
    out.push_back(cp < 0 ? U'\uFFFD' : static_cast<char32_t>(cp));
    i += length;
  }
  return out;
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string encode(const std::vector<char32_t>& codePoints) {
  std::string out;
  out.reserve(codePoints.size());
  for (char32_t cp : codePoints) append(out, cp);
  return out;
}

}  // namespace msl::utf8
