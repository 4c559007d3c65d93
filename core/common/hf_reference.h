#pragma once
// Where the Hugging Face references live on a developer's or CI's machine: the Python
// environment scripts/bootstrap.sh creates (tokenizers, transformers, peft and safetensors
// beside torch) and the real tokenizer files of ../shared/tokenizers. Tests and benchmarks
// compare against them, and skip with referenceUnavailableReason() when they are absent.
#include <filesystem>
#include <string>
#include <vector>

namespace msl {

// $MSLW_PYTHON, else the Python of the environment this build was configured against.
std::filesystem::path referencePython();

// <root>/<family>/tokenizer.json for llama3, qwen3, llama2; the root is
// $MSLW_SHARED_TOKENIZERS, else the team's ../shared/tokenizers beside the source tree.
std::filesystem::path sharedTokenizerFile(const std::string& family);

// "" when the reference Python imports every module; otherwise why it cannot ("no Python at
// ...", "cannot import transformers: run scripts/bootstrap.sh").
std::string referenceUnavailableReason(const std::vector<std::string>& modules);

}  // namespace msl
