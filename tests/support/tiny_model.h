#pragma once
// Files for tests that load a model the way users do: a small synthetic dataset with a byte-level
// BPE tokenizer trained on it, and tiny random llama checkpoints in Hugging Face layout. The
// header includes no LibTorch, so the GUI tests can use it too.
#include <cstdint>
#include <filesystem>

namespace msl {
namespace testing {

// dir/data (synthetic dataset) and dir/tokenizer.json. Returns the tokenizer path.
std::filesystem::path writeTinyDataset(const std::filesystem::path& dir, std::size_t items = 60,
                                       std::size_t users = 30);

// config.json + model.safetensors of a tiny llama for `tokenizerJson`, and a copy of the tokenizer,
// in `folder`. Seeds give different weights.
void writeTinyModel(const std::filesystem::path& folder, const std::filesystem::path& tokenizerJson,
                    std::uint64_t seed);

// Only model.safetensors of the same architecture with other weights: a full fine-tuning
// checkpoint as the trainer writes it.
void writeTinyWeights(const std::filesystem::path& file, const std::filesystem::path& tokenizerJson,
                      std::uint64_t seed);

}  // namespace testing
}  // namespace msl
