#pragma once
// PCRE2 regexes compiled once (JIT when available) with Unicode semantics, plus the translation
// of Hugging Face's Oniguruma patterns into PCRE2 with the meaning HF gives them.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace msl {

class Regex {
 public:
  // `pattern` is PCRE2 syntax; throws msl::Error with PCRE2's message and offset.
  explicit Regex(const std::string& pattern);

  // Oniguruma (as written in tokenizer.json) to PCRE2: \s/\S become the Unicode White_Space
  // set, (?i:...) folds ASCII letters only, '.' excludes only '\n'.
  static std::string fromOniguruma(std::string_view pattern);
  static std::string escapeLiteral(std::string_view text);

  // Calls visit(start, end) for each non-overlapping match, left to right. `text` must be
  // well-formed UTF-8. An empty match advances the search by one code point.
  template <class Visit>
  void forEachMatch(std::string_view text, Visit&& visit) const {
    std::size_t start = 0, end = 0;
    std::size_t from = 0;
    while (from <= text.size() && nextMatch(text, from, start, end)) {
      visit(start, end);
      if (end == start) {
        if (end >= text.size()) break;
        from = end + 1;
        while (from < text.size() && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80)
          ++from;
      } else {
        from = end;
      }
    }
  }

 private:
  bool nextMatch(std::string_view text, std::size_t from, std::size_t& start,
                 std::size_t& end) const;
  struct Code;
  std::shared_ptr<Code> code_;
};

}  // namespace msl
