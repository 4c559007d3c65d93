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

// Hugging Face's default shard size (save_pretrained's max_shard_size of "5GB").
constexpr std::int64_t kDefaultMaxShardBytes = 5'000'000'000;

// Writes the weights into `folder` as save_pretrained does: model.safetensors when they fit in
// one shard of `maxShardBytes`, else model-0000K-of-0000N.safetensors (tensors in name order,
// a new shard when the next tensor would overflow) and model.safetensors.index.json. Each file
// is written atomically, the index last, and the other layout's files are removed so that a
// loader never finds both.
void saveWeightsToFolder(const CausalLm& model, const std::filesystem::path& folder,
                         torch::ScalarType dtype, std::int64_t maxShardBytes);

}  // namespace msl
