#pragma once
// One line of a run's log. A plain value type: it crosses the core/GUI boundary.
#include <cstdint>
#include <string>

#include "store/store_types.h"

namespace msl {

struct LogLine {
  std::int64_t id = 0;  // assigned by the store; increasing, so a viewer can poll for newer lines
  RunId run = 0;
  UnixMillis time = 0;
  std::string level;  // "info", "warning", "error", ...
  std::string text;
};

}  // namespace msl
