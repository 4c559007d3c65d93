#pragma once
// What loading found that is suspicious but not fatal (fatal problems throw msl::Error).
#include <string>
#include <vector>

namespace msl {

struct ValidationReport {
  std::vector<std::string> warnings;

  void warn(std::string message) { warnings.push_back(std::move(message)); }
};

}  // namespace msl
