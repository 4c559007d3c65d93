#pragma once
// Loading and saving a CausalLm's weights by their Hugging Face names, checked against the
// config: every parameter must be present with its exact shape, and the checkpoint may hold
// nothing the model does not know (a saved lm_head.weight of a tied model is tolerated, as
// Hugging Face does). LoRA adapter parameters are neither loaded nor saved here (see
// model/lora_adapter_file.h); a merged model saves its merged weights.
#include <filesystem>

#include "model/causal_lm.h"

namespace msl {

class CheckpointTensors;

void loadWeights(CausalLm& model, const CheckpointTensors& checkpoint);
// Writes model.safetensors-style file in `dtype` (e.g. bf16 for exports), atomically.
void saveWeights(const CausalLm& model, const std::filesystem::path& file,
                 torch::ScalarType dtype = torch::kFloat32);

}  // namespace msl
