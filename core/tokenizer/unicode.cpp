#include "tokenizer/unicode.h"

#include <algorithm>
#include <vector>

#include "common/utf8.h"
#include "tokenizer/unicode_tables.h"

namespace msl::unicode {
namespace {

using namespace tables;

constexpr char32_t kHangulBase = 0xAC00, kLeadBase = 0x1100, kVowelBase = 0x1161,
                   kTrailBase = 0x11A7;
constexpr char32_t kLeadCount = 19, kVowelCount = 21, kTrailCount = 28;
constexpr char32_t kSyllableCount = kLeadCount * kVowelCount * kTrailCount;

std::uint8_t combiningClass(char32_t cp) {
  if (cp < 0x300) return 0;
  const auto* end = kCombiningClasses + kCombiningClassCount;
  const auto* it =
      std::lower_bound(kCombiningClasses, end, cp,
                       [](const CombiningClass& e, char32_t c) { return e.codePoint < c; });
  return it != end && it->codePoint == cp ? it->value : 0;
}

const Decomposition* findDecomposition(char32_t cp) {
  if (cp < 0xC0) return nullptr;
  const auto* end = kDecompositions + kDecompositionCount;
  const auto* it = std::lower_bound(
      kDecompositions, end, cp, [](const Decomposition& e, char32_t c) { return e.codePoint < c; });
  return it != end && it->codePoint == cp ? it : nullptr;
}

char32_t compose(char32_t a, char32_t b) {
  if (a >= kLeadBase && a < kLeadBase + kLeadCount && b >= kVowelBase &&
      b < kVowelBase + kVowelCount) {
    return kHangulBase + ((a - kLeadBase) * kVowelCount + (b - kVowelBase)) * kTrailCount;
  }
  if (a >= kHangulBase && a < kHangulBase + kSyllableCount &&
      (a - kHangulBase) % kTrailCount == 0 && b > kTrailBase && b < kTrailBase + kTrailCount) {
    return a + (b - kTrailBase);
  }
  const auto* end = kCompositions + kCompositionCount;
  const auto* it =
      std::lower_bound(kCompositions, end, std::make_pair(a, b),
                       [](const Composition& e, const std::pair<char32_t, char32_t>& k) {
                         return e.first < k.first || (e.first == k.first && e.second < k.second);
                       });
  return it != end && it->first == a && it->second == b ? it->composite : 0;
}

bool isCompositionSecond(char32_t cp) {
  static const std::vector<char32_t> seconds = [] {
    std::vector<char32_t> v;
    for (std::size_t i = 0; i < kCompositionCount; ++i) v.push_back(kCompositions[i].second);
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
  }();
  if (cp >= kVowelBase && cp < kVowelBase + kVowelCount) return true;
  if (cp > kTrailBase && cp < kTrailBase + kTrailCount) return true;
  return std::binary_search(seconds.begin(), seconds.end(), cp);
}

void decomposeInto(char32_t cp, std::vector<char32_t>& out) {
  if (cp >= kHangulBase && cp < kHangulBase + kSyllableCount) {
    const char32_t s = cp - kHangulBase;
    out.push_back(kLeadBase + s / (kVowelCount * kTrailCount));
    out.push_back(kVowelBase + (s % (kVowelCount * kTrailCount)) / kTrailCount);
    if (s % kTrailCount != 0) out.push_back(kTrailBase + s % kTrailCount);
    return;
  }
  if (const auto* d = findDecomposition(cp)) {
    decomposeInto(d->first, out);
    if (d->second != 0) decomposeInto(d->second, out);
    return;
  }
  out.push_back(cp);
}

std::vector<char32_t> canonicalDecomposition(std::string_view text) {
  std::vector<char32_t> out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) decomposeInto(nextCodePoint(text, i), out);
  // Canonical ordering: stable-sort every run of non-starters by combining class.
  for (std::size_t i = 0; i < out.size();) {
    if (combiningClass(out[i]) == 0) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < out.size() && combiningClass(out[j]) != 0) ++j;
    std::stable_sort(out.begin() + i, out.begin() + j,
                     [](char32_t a, char32_t b) { return combiningClass(a) < combiningClass(b); });
    i = j;
  }
  return out;
}

// True when no code point of `text` can change under NFD (or, with forComposition, NFC).
bool isStable(std::string_view text, bool forComposition) {
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0xC3) {  // below U+00C0: nothing to do
      nextCodePoint(text, i);
      continue;
    }
    const char32_t cp = nextCodePoint(text, i);
    if (combiningClass(cp) != 0) return false;
    if (cp >= kHangulBase && cp < kHangulBase + kSyllableCount) {
      if (!forComposition) return false;
      continue;
    }
    if (findDecomposition(cp)) return false;
    if (forComposition && isCompositionSecond(cp)) return false;
  }
  return true;
}

}  // namespace

std::string nfd(std::string_view text) {
  if (isStable(text, false)) return std::string(text);
  return utf8::encode(canonicalDecomposition(text));
}

std::string nfc(std::string_view text) {
  if (isStable(text, true)) return std::string(text);
  const std::vector<char32_t> decomposed = canonicalDecomposition(text);
  std::vector<char32_t> out;
  out.reserve(decomposed.size());
  std::ptrdiff_t starter = -1;
  std::uint8_t lastClass = 0;
  for (char32_t cp : decomposed) {
    const std::uint8_t cc = combiningClass(cp);
    if (starter >= 0) {
      const bool adjacent = static_cast<std::size_t>(starter) + 1 == out.size();
      if (adjacent || (lastClass != 0 && lastClass < cc)) {
        if (const char32_t composite = compose(out[starter], cp)) {
          out[starter] = composite;
          continue;
        }
      }
    }
    if (cc == 0) starter = static_cast<std::ptrdiff_t>(out.size());
    lastClass = cc;
    out.push_back(cp);
  }
  return utf8::encode(out);
}

std::string lowercase(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) {
      out += static_cast<char>(lead >= 'A' && lead <= 'Z' ? lead + 32 : lead);
      ++i;
      continue;
    }
    const char32_t cp = nextCodePoint(text, i);
    const auto* end = kLowercases + kLowercaseCount;
    const auto* it = std::lower_bound(
        kLowercases, end, cp, [](const Lowercase& e, char32_t c) { return e.codePoint < c; });
    if (it != end && it->codePoint == cp) {
      utf8::append(out, it->first);
      if (it->second != 0) utf8::append(out, it->second);
    } else {
      utf8::append(out, cp);
    }
  }
  return out;
}

bool isWhiteSpace(char32_t cp) {
  switch (cp) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x20:
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

bool repairUtf8(std::string_view bytes, std::string& out) {
  out.clear();
  bool changed = false;
  const std::size_t n = bytes.size();
  const auto at = [&](std::size_t k) { return static_cast<unsigned char>(bytes[k]); };
  for (std::size_t i = 0; i < n;) {
    const unsigned char b0 = at(i);
    if (b0 < 0x80) {
      out += static_cast<char>(b0);
      ++i;
      continue;
    }
    std::size_t need = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      need = 1;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      need = 2;
      if (b0 == 0xE0) lo = 0xA0;
      if (b0 == 0xED) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      need = 3;
      if (b0 == 0xF0) lo = 0x90;
      if (b0 == 0xF4) hi = 0x8F;
    }
    if (need == 0) {
      out += "\xEF\xBF\xBD";
      changed = true;
      ++i;
      continue;
    }
    // Take continuation bytes while valid; the first must respect the lead's special range.
    std::size_t k = 1;
    for (; k <= need && i + k < n; ++k) {
      const unsigned char c = at(i + k);
      const unsigned char low = k == 1 ? lo : 0x80, high = k == 1 ? hi : 0xBF;
      if (c < low || c > high) break;
    }
    if (k == need + 1) {
      out.append(bytes.substr(i, k));
    } else {
      out += "\xEF\xBF\xBD";
      changed = true;
    }
    i += k;
  }
  return changed;
}

}  // namespace msl::unicode
