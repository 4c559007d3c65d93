// A PEFT adapter_config.json, then the PEFT JSON written back from an accepted one.
#include <nlohmann/json.hpp>

#include "fuzz_input.h"
#include "model/lora_config.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  msl::fuzz::parsedOrClearError("adapter_config.json", [&] {
    const auto config =
        msl::loraConfigFromPeftText(msl::fuzz::asText(data, size), "adapter_config.json");
    (void)msl::loraConfigFromPeftJson(msl::loraConfigToPeftJson(config), "written back");
  });
  return 0;
}
