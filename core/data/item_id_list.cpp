#include "data/item_id_list.h"

#include <charconv>

#include "common/error.h"

namespace msl {
namespace {

bool isSpace(char c) {
  return c == ' ' || c == '\t';
}

[[noreturn]] void malformed(std::string_view text, const std::string& what) {
  throw Error("malformed item id list \"" + std::string(text) + "\": " + what +
              " (expected a list such as \"[378, 1643, 454]\")");
}

}  // namespace

std::optional<std::int64_t> parseInteger(std::string_view text) {
  std::int64_t value = 0;
  const char* begin = text.data();
  const char* end = text.data() + text.size();
  if (begin == end) return std::nullopt;
  const auto [ptr, ec] = std::from_chars(begin, end, value);
  if (ec != std::errc() || ptr != end) return std::nullopt;
  return value;
}

std::vector<ItemId> parseItemIdList(std::string_view text) {
  std::size_t pos = 0;
  auto skipSpaces = [&] {
    while (pos < text.size() && isSpace(text[pos])) ++pos;
  };
  skipSpaces();
  if (pos >= text.size() || text[pos] != '[') malformed(text, "missing '['");
  ++pos;
  std::vector<ItemId> ids;
  skipSpaces();
  if (pos < text.size() && text[pos] == ']') {
    ++pos;
  } else {
    while (true) {
      skipSpaces();
      const std::size_t start = pos;
      while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
      if (start == pos) malformed(text, "expected an item id at character " + std::to_string(pos));
      const auto id = parseInteger(text.substr(start, pos - start));
      if (!id) malformed(text, "item id out of range at character " + std::to_string(start));
      ids.push_back(*id);
      skipSpaces();
      if (pos >= text.size()) malformed(text, "missing ']'");
      if (text[pos] == ']') {
        ++pos;
        break;
      }
      if (text[pos] != ',')
        malformed(text, "expected ',' or ']' at character " + std::to_string(pos));
      ++pos;
    }
  }
  skipSpaces();
  if (pos != text.size()) malformed(text, "text after ']'");
  return ids;
}

std::string formatItemIdList(const std::vector<ItemId>& ids) {
  std::string text = "[";
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i) text += ", ";
    text += std::to_string(ids[i]);
  }
  return text + "]";
}

}  // namespace msl
