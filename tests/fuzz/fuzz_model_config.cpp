// A checkpoint's config.json, then what the workbench derives from an accepted one.
#include <nlohmann/json.hpp>

#include "fuzz_input.h"
#include "model/model_config.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  msl::fuzz::parsedOrClearError("config.json", [&] {
    const auto config = msl::parseModelConfigText(msl::fuzz::asText(data, size), "config.json");
    (void)config.parameterCount();
    (void)msl::modelConfigToJson(config);
  });
  return 0;
}
