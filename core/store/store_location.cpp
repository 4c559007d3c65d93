#include "store/store_location.h"

#include <cstdlib>

#include "common/error.h"

namespace msl {
namespace {

std::string environment(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

}  // namespace

std::string experimentStorePath(const std::string& explicitPath) {
  if (!explicitPath.empty()) return explicitPath;
  const std::string fromEnvironment = environment("MSLW_STORE");
  if (!fromEnvironment.empty()) return fromEnvironment;
  std::string dataHome = environment("XDG_DATA_HOME");
  // The XDG spec says relative values are invalid and must be ignored.
  if (dataHome.empty() || dataHome[0] != '/') {
    const std::string home = environment("HOME");
    if (home.empty()) {
      throw Error(
          "cannot locate the experiment store: neither XDG_DATA_HOME nor HOME is set "
          "(pass --store FILE or set MSLW_STORE)");
    }
    dataHome = home + "/.local/share";
  }
  return dataHome + "/msl-workbench/experiments.sqlite";
}

}  // namespace msl
