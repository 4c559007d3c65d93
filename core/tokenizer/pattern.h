#pragma once
// The {"String": ...} / {"Regex": ...} patterns of Split, Replace and friends.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "common/json_reader.h"
#include "tokenizer/regex.h"

namespace msl {

class Pattern {
 public:
  explicit Pattern(const JsonReader& node);  // fails naming the path when neither form is there
  static Pattern literal(std::string text);

  // Non-overlapping matches, left to right, as (start, end) byte offsets.
  template <class Visit>
  void forEachMatch(std::string_view text, Visit&& visit) const {
    if (regex_) {
      regex_->forEachMatch(text, visit);
      return;
    }
    if (literal_.empty()) return;
    for (std::size_t at = text.find(literal_); at != std::string_view::npos;
         at = text.find(literal_, at + literal_.size())) {
      visit(at, at + literal_.size());
    }
  }

  std::string replaceAll(std::string_view text, std::string_view content) const;

 private:
  Pattern() = default;
  std::string literal_;
  std::optional<Regex> regex_;
};

}  // namespace msl
