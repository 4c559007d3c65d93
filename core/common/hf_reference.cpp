#include "common/hf_reference.h"

#include <sys/wait.h>

#include <cstdlib>

namespace msl {
namespace {

std::filesystem::path fromEnvironment(const char* variable, const char* fallback) {
  if (const char* value = std::getenv(variable); value && *value) return value;
  return fallback;
}

}  // namespace

std::filesystem::path referencePython() {
  return fromEnvironment("MSLW_PYTHON", MSLW_REFERENCE_PYTHON);
}

std::filesystem::path sharedTokenizerFile(const std::string& family) {
  return fromEnvironment("MSLW_SHARED_TOKENIZERS", MSLW_SHARED_TOKENIZERS_DIR) / family /
         "tokenizer.json";
}

std::string referenceUnavailableReason(const std::vector<std::string>& modules) {
  const auto python = referencePython();
  if (!std::filesystem::exists(python)) {
    return "no reference Python at " + python.string() + " (run scripts/bootstrap.sh)";
  }
  for (const std::string& module : modules) {
    const std::string command = "'" + python.string() + "' -c 'import " + module + "' 2>/dev/null";
    const int status = std::system(command.c_str());
    if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      return python.string() + " cannot import " + module + " (run scripts/bootstrap.sh)";
    }
  }
  return {};
}

}  // namespace msl
