#pragma once
// A randomly initialised checkpoint written in Hugging Face layout for a given tokenizer: what
// `mslw model create` and the workbench's "Create tiny model" make. Torch-free header over the
// model factory, so that the GUI can create models without including LibTorch.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/model_config.h"

namespace msl {

struct RandomCheckpointRequest {
  std::string arch = "llama";   // "llama" or "qwen2"
  std::string preset = "tiny";  // "tiny" or "small" (model/model_factory.h)
  std::int64_t vocabSize = 0;   // the tokenizer's
  std::optional<std::int64_t> bosId;
  std::vector<std::int64_t> eosIds;
  // Copied into the folder, with tokenizer_config.json when it lies beside it; empty: none.
  std::filesystem::path tokenizerJson;
  std::filesystem::path out;
  std::uint64_t seed = 0;
};

// Writes config.json, model.safetensors (float32) and the tokenizer files into `out`.
ModelConfig writeRandomCheckpoint(const RandomCheckpointRequest& request);

}  // namespace msl
