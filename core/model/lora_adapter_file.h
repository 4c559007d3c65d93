#pragma once
// LoRA adapters in PEFT's folder layout, so that Python users load ours and we load theirs:
// adapter_config.json and adapter_model.safetensors with tensors named
// base_model.model.model.layers.N.self_attn.q_proj.lora_A.weight [r, in] and
// ...lora_B.weight [out, r].
#include <filesystem>
#include <string>

#include "model/causal_lm.h"
#include "model/lora_config.h"

namespace msl {

// The PEFT tensor name of a model parameter name ("model.layers.0..." -> "base_model.model...").
std::string peftTensorName(const std::string& parameterName);

// Writes both files into `folder` (created if needed); tensors keep their dtype. `config` must
// describe the adapters the model carries (rank and target modules are checked).
void saveLoraAdapter(CausalLm& model, const LoraConfig& config,
                     const std::filesystem::path& folder);

// Reads adapter_config.json, attaches adapters to a model that has none (freezing its base
// weights), and loads every adapter tensor, checking names and shapes against the model and
// the config: a missing, unexpected or misshapen tensor is an error naming file and tensor.
LoraConfig loadLoraAdapter(CausalLm& model, const std::filesystem::path& folder);

}  // namespace msl
