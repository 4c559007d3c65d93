#include "model/lora_config.h"

#include <algorithm>
#include <array>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "common/json_reader.h"

namespace msl {
namespace {

constexpr std::array<const char*, 7> kTargets{"q_proj",    "k_proj",  "v_proj",   "o_proj",
                                              "gate_proj", "up_proj", "down_proj"};

// PEFT options whose non-default value would change what the adapter computes.
bool isDefaultPeftOption(const std::string& key, const nlohmann::json& value) {
  if (value.is_null()) return true;
  if (key == "use_rslora" || key == "use_dora" || key == "fan_in_fan_out" || key == "lora_bias")
    return value.is_boolean() && !value.get<bool>();
  if (key == "rank_pattern" || key == "alpha_pattern") return value.is_object() && value.empty();
  if (key == "layers_to_transform" || key == "modules_to_save" || key == "layers_pattern" ||
      key == "exclude_modules" || key == "layer_replication" || key == "trainable_token_indices")
    return (value.is_array() && value.empty());
  if (key == "bias") return value == "none";
  return true;
}

}  // namespace

std::string supportedLoraTargets() {
  std::string list;
  for (const char* target : kTargets) list += (list.empty() ? "" : ", ") + std::string(target);
  return list;
}

bool isAttentionProjection(const std::string& name) {
  return name == "q_proj" || name == "k_proj" || name == "v_proj" || name == "o_proj";
}

LoraConfig checkedLoraConfig(LoraConfig config) {
  if (config.rank <= 0) throw Error("LoRA: r must be positive, got " + std::to_string(config.rank));
  if (!(config.dropout >= 0 && config.dropout < 1))
    throw Error("LoRA: dropout must lie in [0, 1), got " + std::to_string(config.dropout));
  if (config.targetModules.empty())
    throw Error("LoRA: no target modules (supported: " + supportedLoraTargets() + ")");
  for (const auto& target : config.targetModules)
    if (std::find(kTargets.begin(), kTargets.end(), target) == kTargets.end())
      throw Error("LoRA: unsupported target module '" + target +
                  "' (supported: " + supportedLoraTargets() + ")");
  auto& targets = config.targetModules;
  std::sort(targets.begin(), targets.end());
  targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
  return config;
}

nlohmann::json loraConfigToPeftJson(const LoraConfig& config) {
  return {{"peft_type", "LORA"},
          {"task_type", "CAUSAL_LM"},
          {"r", config.rank},
          {"lora_alpha", config.alpha},
          {"lora_dropout", config.dropout},
          {"target_modules", config.targetModules},
          {"bias", "none"},
          {"base_model_name_or_path", config.baseModelNameOrPath},
          {"fan_in_fan_out", false},
          {"inference_mode", config.inferenceMode},
          {"use_rslora", false},
          {"use_dora", false},
          {"modules_to_save", nullptr},
          {"layers_to_transform", nullptr},
          {"rank_pattern", nlohmann::json::object()},
          {"alpha_pattern", nlohmann::json::object()}};
}

LoraConfig loraConfigFromPeftJson(const nlohmann::json& json, const std::string& source) {
  const JsonReader root(json, source);
  root.requireObject();
  const JsonReader peftType = root["peft_type"];
  if (peftType.isNull() || !peftType.json().is_string() || peftType.string() != "LORA")
    peftType.expected("\"LORA\" (only LoRA adapters are supported)");
  const JsonReader taskType = root["task_type"];
  if (!taskType.isNull() && taskType.json() != "CAUSAL_LM") taskType.expected("\"CAUSAL_LM\"");
  for (const auto& [key, value] : root.members())
    if (!isDefaultPeftOption(key, value.json()))
      value.fail(value.json().dump() +
                 " is not supported (plain LoRA only: use_rslora/use_dora/fan_in_fan_out/"
                 "lora_bias false, bias \"none\", no rank/alpha patterns, layers_to_transform or "
                 "modules_to_save)");
  for (const char* key : {"r", "lora_alpha", "target_modules"})
    if (root[key].isNull()) root[key].fail("missing");
  LoraConfig config;
  config.rank = root["r"].integer();
  config.alpha = root["lora_alpha"].number();
  config.dropout = root.number("lora_dropout", 0.0);
  const JsonReader targets = root["target_modules"];
  if (targets.json().is_string())
    targets.fail("is the pattern " + targets.json().dump() +
                 "; give a list of module names (supported: " + supportedLoraTargets() + ")");
  for (std::size_t i = 0; i < targets.size(); ++i)
    config.targetModules.push_back(targets[i].string());
  if (root["base_model_name_or_path"].json().is_string())
    config.baseModelNameOrPath = root["base_model_name_or_path"].string();
  config.inferenceMode = root.boolean("inference_mode", false);
  try {
    return checkedLoraConfig(config);
  } catch (const Error&) {
    rethrowWithContext(source);
  }
}

LoraConfig loraConfigFromPeftText(std::string_view text, const std::string& source) {
  return loraConfigFromPeftJson(parseJson(text, source), source);
}

LoraConfig loadLoraConfig(const std::filesystem::path& adapterConfigJson) {
  return loraConfigFromPeftJson(readJsonFile(adapterConfigJson), adapterConfigJson.string());
}

}  // namespace msl
