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

namespace msl {

// arch: "llama" or "qwen2"; preset: "tiny" (~0.1M body parameters) or "small".
ModelConfig presetModelConfig(const std::string& arch, const std::string& preset,
                              std::int64_t vocabSize, std::optional<std::int64_t> bosId,
                              std::vector<std::int64_t> eosIds);

void initializeLikeHuggingFace(CausalLm& model, std::uint64_t seed);

// Writes config.json and model.safetensors (float32) into `folder` (created if needed).
void writeCheckpoint(const CausalLm& model, const std::filesystem::path& folder);

// Reads config.json and the safetensors weights of `folder` onto the device in the dtype.
CausalLm loadCausalLm(const std::filesystem::path& folder, const torch::Device& device,
                      torch::ScalarType dtype);

}  // namespace msl
