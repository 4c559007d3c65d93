#pragma once
// A checkpoint folder as the workbench shows it before any weight is read: its config.json and
// what its safetensors files hold, found by mapping their headers only (cheap for a 1B model).
// Torch-free, so that the GUI can describe checkpoints without LibTorch.
#include <cstdint>
#include <filesystem>

#include "model/model_config.h"

namespace msl {

struct CheckpointSummary {
  std::filesystem::path folder;
  ModelConfig config;
  std::size_t tensorCount = 0;
  std::int64_t storedValues = 0;  // elements of every stored tensor (a tied head may add one)
  std::int64_t storedBytes = 0;
  bool hasTokenizer = false;  // tokenizer.json next to the weights
};

// Throws msl::Error naming the folder when config.json or the weights are missing or invalid, or
// when the weights hold fewer values than the config's parameters (a config from another model).
CheckpointSummary summarizeCheckpoint(const std::filesystem::path& folder);

}  // namespace msl
