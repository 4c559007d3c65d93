#pragma once
// LoRA settings and PEFT's adapter_config.json. Torch-free. Only the options this workbench
// implements are accepted: any PEFT option that would change the adapter's meaning (rsLoRA,
// DoRA, rank/alpha patterns, layer subsets, modules_to_save, biases, fan_in_fan_out) is an
// error naming the option, never silently ignored.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace msl {

struct LoraConfig {
  std::int64_t rank = 8;
  double alpha = 16.0;
  double dropout = 0.05;
  std::vector<std::string> targetModules{"q_proj", "v_proj"};  // sorted, unique after checking
  std::string baseModelNameOrPath;  // written to adapter_config.json for Python users
  bool inferenceMode = false;

  double scaling() const { return alpha / static_cast<double>(rank); }
};

// "q_proj, k_proj, v_proj, o_proj, gate_proj, up_proj, down_proj".
std::string supportedLoraTargets();
bool isAttentionProjection(const std::string& name);  // q/k/v/o_proj (else an MLP projection)

// Checks rank, dropout and target names; sorts and deduplicates the targets.
LoraConfig checkedLoraConfig(LoraConfig config);

nlohmann::json loraConfigToPeftJson(const LoraConfig& config);
// `source` names the file in errors.
LoraConfig loraConfigFromPeftJson(const nlohmann::json& json, const std::string& source);
// The text of an adapter_config.json; `source` names it in errors.
LoraConfig loraConfigFromPeftText(std::string_view text, const std::string& source);
LoraConfig loadLoraConfig(const std::filesystem::path& adapterConfigJson);

}  // namespace msl
