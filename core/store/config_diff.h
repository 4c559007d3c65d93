#pragma once
// Differences between two run configurations, for "what did I change between these runs?".
#include <optional>
#include <string>
#include <vector>

namespace msl {

struct ConfigDifference {
  std::string path;  // JSON Pointer (RFC 6901), e.g. "/lora/r"
  // Compact JSON text of each side's value; nullopt when the key is absent on that side.
  std::optional<std::string> left;
  std::optional<std::string> right;
};

// Objects are compared key by key (union of keys, sorted), arrays of equal length element by
// element; anything else that differs is reported at its own path. Throws msl::Error when a side
// is not valid JSON, naming which side.
std::vector<ConfigDifference> diffConfigs(const std::string& leftJson,
                                          const std::string& rightJson);

}  // namespace msl
