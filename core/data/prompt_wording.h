#pragma once
// The domain-specific sentences of the MSL prompt (see MSL.md, "Task").
#include <string>
#include <string_view>
#include <vector>

namespace msl {

struct PromptWording {
  std::string instruction;
  std::string historyPrefix;

  // books, toys, clothing, office; throws msl::Error listing these for any other name.
  static PromptWording forDomain(std::string_view domain);
  static std::vector<std::string> knownDomains();
};

}  // namespace msl
