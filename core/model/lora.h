#pragma once
// LoRA on a CausalLm: attach adapters to the chosen projections of every layer, freeze the
// base weights, merge/unmerge, and list what the optimizer should update.
#include <functional>
#include <string>
#include <vector>

#include "model/causal_lm.h"
#include "model/lora_config.h"

namespace msl {

// Calls `visit` for every projection named in `targets` (all seven when empty), in layer order:
// layer index, projection name ("q_proj"...), module path ("model.layers.3.self_attn.q_proj").
void forEachProjection(CausalLm& model, const std::vector<std::string>& targets,
                       const std::function<void(std::int64_t, const std::string&,
                                                const std::string&, LoraLinearImpl&)>& visit);

// Attaches adapters (A kaiming-uniform from the global generator, B = 0) and freezes every
// other parameter. Throws if the model already carries adapters. Returns the checked config.
LoraConfig applyLora(CausalLm& model, LoraConfig config);
bool hasLora(const CausalLm& model);

void mergeLora(CausalLm& model);
void unmergeLora(CausalLm& model);

// Full fine-tuning: every parameter requires gradients (refused when adapters are attached).
void enableFullFineTuning(CausalLm& model);

// What the optimizer updates: the parameters that require gradients, in a stable order
// (LoRA A/B only after applyLora; everything after enableFullFineTuning).
std::vector<torch::Tensor> trainableParameters(const CausalLm& model);
std::vector<std::string> trainableParameterNames(const CausalLm& model);

bool isLoraParameterName(const std::string& name);  // "...lora_A.weight" / "...lora_B.weight"

}  // namespace msl
