#include "store/config_diff.h"

#include <set>

#include <nlohmann/json.hpp>

#include "common/error.h"

namespace msl {
namespace {

using nlohmann::json;

// RFC 6901: '~' and '/' inside a key are escaped.
std::string escapePointerToken(const std::string& key) {
  std::string escaped;
  for (char c : key) {
    if (c == '~') {
      escaped += "~0";
    } else if (c == '/') {
      escaped += "~1";
    } else {
      escaped += c;
    }
  }
  return escaped;
}

void diffValues(const json& left, const json& right, const std::string& path,
                std::vector<ConfigDifference>& out) {
  if (left.is_object() && right.is_object()) {
    std::set<std::string> keys;
    for (const auto& item : left.items()) keys.insert(item.key());
    for (const auto& item : right.items()) keys.insert(item.key());
    for (const auto& key : keys) {
      const std::string child = path + "/" + escapePointerToken(key);
      const bool inLeft = left.contains(key);
      const bool inRight = right.contains(key);
      if (inLeft && inRight) {
        diffValues(left.at(key), right.at(key), child, out);
      } else {
        out.push_back({child, inLeft ? std::optional(left.at(key).dump()) : std::nullopt,
                       inRight ? std::optional(right.at(key).dump()) : std::nullopt});
      }
    }
    return;
  }
  if (left.is_array() && right.is_array() && left.size() == right.size()) {
    for (std::size_t i = 0; i < left.size(); ++i) {
      diffValues(left[i], right[i], path + "/" + std::to_string(i), out);
    }
    return;
  }
  if (left != right) out.push_back({path, left.dump(), right.dump()});
}

json parseSide(const std::string& text, const char* side) {
  try {
    return json::parse(text);
  } catch (const json::exception& e) {
    throw Error(std::string("comparing configs: the ") + side +
                " config is not valid JSON: " + e.what());
  }
}

}  // namespace

std::vector<ConfigDifference> diffConfigs(const std::string& leftJson,
                                          const std::string& rightJson) {
  std::vector<ConfigDifference> differences;
  diffValues(parseSide(leftJson, "left"), parseSide(rightJson, "right"), "", differences);
  return differences;
}

}  // namespace msl
