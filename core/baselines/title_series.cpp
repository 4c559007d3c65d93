#include "baselines/title_series.h"

#include <algorithm>
#include <cctype>
#include <regex>

namespace msl {
namespace {

std::string lowerTrimmed(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const auto notSpace = [](unsigned char c) { return !std::isspace(c); };
  text.erase(text.begin(), std::find_if(text.begin(), text.end(), notSpace));
  text.erase(std::find_if(text.rbegin(), text.rend(), notSpace).base(), text.end());
  return text;
}

// "Rosewood Bay Book 2" -> "Rosewood Bay"; "Volume 3" -> "".
std::string withoutNumberMarker(const std::string& text) {
  static const std::regex marker(R"([\s,:;-]*(\b(book|volume|vol\.?|part|no\.?)\s*|#)\d+\s*$)",
                                 std::regex::icase);
  return std::regex_replace(text, marker, "");
}

void addKey(std::vector<std::string>& keys, const std::string& text) {
  std::string key = lowerTrimmed(withoutNumberMarker(text));
  if (!key.empty() && std::find(keys.begin(), keys.end(), key) == keys.end())
    keys.push_back(std::move(key));
}

}  // namespace

std::vector<std::string> seriesOfTitle(const std::string& title) {
  std::vector<std::string> keys;
  static const std::regex group(R"(\(([^()]*)\))");
  for (auto it = std::sregex_iterator(title.begin(), title.end(), group);
       it != std::sregex_iterator(); ++it)
    addKey(keys, (*it)[1].str());
  // Outside parentheses only a title that ends in a number marker names its series.
  const std::string bare = std::regex_replace(title, group, "");
  const std::string stem = withoutNumberMarker(bare);
  if (stem.size() != bare.size()) addKey(keys, stem);
  return keys;
}

}  // namespace msl
