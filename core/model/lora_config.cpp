#include "model/lora_config.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "common/error.h"

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
  try {
    if (!json.is_object()) throw Error("expected a JSON object");
    const auto peftType = json.value("peft_type", std::string());
    if (peftType != "LORA")
      throw Error("peft_type is '" + peftType + "', only \"LORA\" adapters are supported");
    if (json.contains("task_type") && !json["task_type"].is_null() &&
        json["task_type"] != "CAUSAL_LM")
      throw Error("task_type is " + json["task_type"].dump() + ", expected \"CAUSAL_LM\"");
    for (const auto& [key, value] : json.items())
      if (!isDefaultPeftOption(key, value))
        throw Error(
            "option " + key + " = " + value.dump() +
            " is not supported (plain LoRA only: use_rslora/use_dora/fan_in_fan_out/"
            "lora_bias false, bias \"none\", no rank/alpha patterns, layers_to_transform or "
            "modules_to_save)");
    for (const char* key : {"r", "lora_alpha", "target_modules"})
      if (!json.contains(key)) throw Error(std::string("missing \"") + key + "\"");
    LoraConfig config;
    config.rank = json.at("r").get<std::int64_t>();
    config.alpha = json.at("lora_alpha").get<double>();
    config.dropout = json.contains("lora_dropout") ? json["lora_dropout"].get<double>() : 0.0;
    const auto& targets = json.at("target_modules");
    if (targets.is_string())
      throw Error("target_modules is the pattern " + targets.dump() +
                  "; give a list of module names (supported: " + supportedLoraTargets() + ")");
    config.targetModules = targets.get<std::vector<std::string>>();
    if (json.contains("base_model_name_or_path") && json["base_model_name_or_path"].is_string())
      config.baseModelNameOrPath = json["base_model_name_or_path"].get<std::string>();
    config.inferenceMode = json.value("inference_mode", false);
    return checkedLoraConfig(config);
  } catch (const nlohmann::json::exception& e) {
    throw Error(source + ": " + e.what());
  } catch (...) {
    rethrowWithContext(source);
  }
}

LoraConfig loraConfigFromPeftText(std::string_view text, const std::string& source) {
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {
    throw Error(source + ": not valid JSON: " + e.what());
  }
  return loraConfigFromPeftJson(json, source);
}

LoraConfig loadLoraConfig(const std::filesystem::path& adapterConfigJson) {
  std::ifstream in(adapterConfigJson, std::ios::binary);
  if (!in) throw Error(adapterConfigJson.string() + ": cannot open (PEFT adapter_config.json)");
  std::ostringstream text;
  text << in.rdbuf();
  return loraConfigFromPeftText(text.str(), adapterConfigJson.string());
}

}  // namespace msl
