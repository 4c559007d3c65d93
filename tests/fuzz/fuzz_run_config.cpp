// A run config (the JSON of `mslw train --config` and the Train page's Load), then what is
// derived from an accepted one.
#include <nlohmann/json.hpp>

#include "fuzz_input.h"
#include "runs/run_config.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  msl::fuzz::parsedOrClearError("run config", [&] {
    const auto config = msl::runConfigFromText(msl::fuzz::asText(data, size));
    (void)msl::defaultRunName(config);
    // What is written back must read back.
    (void)msl::runConfigFromJson(msl::runConfigToJson(config));
  });
  return 0;
}
