#include "tokenizer/pattern.h"

#include "common/error.h"

namespace msl {

Pattern::Pattern(const JsonReader& node) {
  const JsonReader literal = node["String"];
  const JsonReader regex = node["Regex"];
  if (!literal.isNull()) {
    literal_ = literal.string();
  } else if (!regex.isNull()) {
    try {
      regex_.emplace(Regex::fromOniguruma(regex.string()));
    } catch (const Error& e) {
      regex.fail(e.what());
    }
  } else {
    node.fail("expected {\"String\": ...} or {\"Regex\": ...}");
  }
}

Pattern Pattern::literal(std::string text) {
  Pattern p;
  p.literal_ = std::move(text);
  return p;
}

std::string Pattern::replaceAll(std::string_view text, std::string_view content) const {
  std::string out;
  out.reserve(text.size());
  std::size_t last = 0;
  forEachMatch(text, [&](std::size_t start, std::size_t end) {
    out.append(text.substr(last, start - last));
    out.append(content);
    last = end;
  });
  out.append(text.substr(last));
  return out;
}

}  // namespace msl
