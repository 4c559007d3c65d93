#pragma once
// Writes a trained ByteLevelBpe as the files Hugging Face loads: tokenizer.json (Llama-3 style
// pre-tokenizer, BOS template, ByteLevel decoder, BPE model with pair-array merges) and
// tokenizer_config.json (which special token is BOS, EOS and padding). Special-token roles
// follow BpeTrainingOptions: first BOS, second EOS, third padding; absent roles are left out.
#include <filesystem>
#include <string>

#include "bpe_training/byte_level_bpe.h"

namespace msl {

std::string tokenizerJsonText(const ByteLevelBpe& bpe);
std::string tokenizerConfigJsonText(const ByteLevelBpe& bpe);

// Writes tokenizer.json at `tokenizerJsonPath` and tokenizer_config.json in the same folder
// (created if missing). Throws msl::Error naming the file that could not be written.
void writeTokenizerFiles(const ByteLevelBpe& bpe, const std::filesystem::path& tokenizerJsonPath);

}  // namespace msl
