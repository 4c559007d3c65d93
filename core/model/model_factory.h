#pragma once
// Randomly initialised checkpoints in Hugging Face layout, so that demos and tests have real
// models to load without any download. Initialisation follows Hugging Face's _init_weights:
// linear and embedding weights ~ normal(0, initializer_range), biases 0, norm weights 1.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/causal_lm.h"
#include "model/checkpoint_weights.h"
#include "model/memory_estimate.h"

namespace msl {

// arch: "llama" or "qwen2"; preset: "tiny" (~0.1M body parameters) or "small".
ModelConfig presetModelConfig(const std::string& arch, const std::string& preset,
                              std::int64_t vocabSize, std::optional<std::int64_t> bosId,
                              std::vector<std::int64_t> eosIds);

void initializeLikeHuggingFace(CausalLm& model, std::uint64_t seed);

// Writes config.json (torch_dtype = `dtype`) and the weights in `dtype` into `folder` (created
// if needed): model.safetensors, or shards with an index beyond `maxShardBytes`, as
// save_pretrained does. LoRA adapters are not written; a merged model writes merged weights.
void writeCheckpoint(const CausalLm& model, const std::filesystem::path& folder,
                     torch::ScalarType dtype = torch::kFloat32,
                     std::int64_t maxShardBytes = kDefaultMaxShardBytes);

// Reads config.json and the safetensors weights of `folder` onto the device in the dtype.
// Before any weight is read, the memory `workload` needs at that dtype is estimated and the
// load refused (msl::Error) when it exceeds the device's available memory or `limitBytes`.
CausalLm loadCausalLm(const std::filesystem::path& folder, const torch::Device& device,
                      torch::ScalarType dtype, const MemoryWorkload& workload = {},
                      std::optional<std::int64_t> limitBytes = std::nullopt);

}  // namespace msl
