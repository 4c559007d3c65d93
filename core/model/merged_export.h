#pragma once
// A LoRA fine-tune exported as a plain Hugging Face checkpoint: the base weights with the
// adapters merged in (W + alpha/r B A), loadable by transformers without PEFT.
#include <c10/core/ScalarType.h>

#include <filesystem>

namespace msl {

// Loads `checkpoint` and the PEFT adapter in `adapter` on the CPU in float32, merges, and
// writes config.json and model.safetensors (in `dtype`) into `out`, with the checkpoint's
// tokenizer and generation files copied alongside. `out` must not be `checkpoint`.
void exportMergedCheckpoint(const std::filesystem::path& checkpoint,
                            const std::filesystem::path& adapter, const std::filesystem::path& out,
                            c10::ScalarType dtype = c10::ScalarType::Float);

}  // namespace msl
