#include "tokenizer/added_vocabulary.h"

#include <algorithm>
#include <cctype>

#include "common/utf8.h"
#include "tokenizer/regex.h"
#include "tokenizer/unicode.h"

namespace msl {
namespace {

// Rust's char::is_alphanumeric() || '_', which single_word tokens must not touch.
bool isWordCharacter(char32_t cp) {
  if (cp < 0x80) return std::isalnum(static_cast<int>(cp)) || cp == '_';
  static const Regex word("^[\\p{L}\\p{N}]$");
  std::string encoded;
  utf8::append(encoded, cp);
  bool found = false;
  word.forEachMatch(encoded, [&](std::size_t, std::size_t) { found = true; });
  return found;
}

std::size_t previousCodePointStart(std::string_view text, std::size_t end) {
  std::size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return start;
}

}  // namespace

AddedTokenMatcher::AddedTokenMatcher(const std::vector<AddedToken>& tokens,
                                     const std::vector<std::string>& patterns)
    : tokens_(tokens), nodes_(1) {
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    const std::string& pattern = patterns[t];
    if (pattern.empty()) continue;
    firstByte_[static_cast<unsigned char>(pattern[0])] = true;
    std::int32_t node = 0;
    for (unsigned char byte : pattern) {
      std::int32_t next = child(node, byte);
      if (next < 0) {
        next = static_cast<std::int32_t>(nodes_.size());
        auto& children = nodes_[node].children;
        children.insert(std::upper_bound(children.begin(), children.end(),
                                         std::make_pair(byte, std::int32_t{-1})),
                        {byte, next});
        nodes_.emplace_back();
      }
      node = next;
    }
    if (nodes_[node].token < 0) nodes_[node].token = static_cast<int>(t);
  }
}

std::int32_t AddedTokenMatcher::child(std::int32_t node, unsigned char byte) const {
  for (const auto& [b, next] : nodes_[node].children) {
    if (b == byte) return next;
    if (b > byte) break;
  }
  return -1;
}

void AddedTokenMatcher::split(std::string_view text, std::vector<Segment>& out) const {
  out.clear();
  std::size_t plainStart = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (!firstByte_[static_cast<unsigned char>(text[i])]) {
      ++i;
      continue;
    }
    int token = -1;
    std::size_t matchEnd = i;
    for (std::int32_t node = 0, k = static_cast<std::int32_t>(i);
         k < static_cast<std::int32_t>(text.size());) {
      node = child(node, static_cast<unsigned char>(text[k++]));
      if (node < 0) break;
      if (nodes_[node].token >= 0) token = nodes_[node].token, matchEnd = k;
    }
    if (token < 0) {
      ++i;
      continue;
    }
    const AddedToken& added = tokens_[token];
    std::size_t start = i, end = matchEnd;
    if (added.singleWord) {
      bool startOk = start == 0, endOk = end == text.size();
      if (!startOk) {
        std::size_t p = previousCodePointStart(text, start);
        startOk = !isWordCharacter(unicode::nextCodePoint(text, p));
      }
      if (!endOk) {
        std::size_t p = end;
        endOk = !isWordCharacter(unicode::nextCodePoint(text, p));
      }
      if (!startOk || !endOk) {
        ++i;
        continue;
      }
    }
    if (added.lstrip) {
      while (start > plainStart) {
        const std::size_t p = previousCodePointStart(text, start);
        std::size_t q = p;
        if (!unicode::isWhiteSpace(unicode::nextCodePoint(text, q))) break;
        start = p;
      }
    }
    if (added.rstrip) {
      while (end < text.size()) {
        std::size_t q = end;
        if (!unicode::isWhiteSpace(unicode::nextCodePoint(text, q))) break;
        end = q;
      }
    }
    if (start > plainStart) out.push_back({plainStart, start, -1});
    out.push_back({start, end, token});
    plainStart = i = end;
  }
  if (plainStart < text.size()) out.push_back({plainStart, text.size(), -1});
}

}  // namespace msl
