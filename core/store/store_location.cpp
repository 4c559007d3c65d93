#include "store/store_location.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

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

std::string workspaceStorePath(const std::string& dataDir) {
  if (dataDir.empty()) return {};
  namespace fs = std::filesystem;
  std::error_code error;
  fs::path data = fs::absolute(dataDir, error).lexically_normal();
  if (error) return {};
  if (!data.has_filename()) data = data.parent_path();  // "data/" names the folder "data"
  for (const fs::path& folder : {data, data.parent_path()}) {
    const fs::path store = folder / "experiments.sqlite";
    if (fs::is_regular_file(store, error)) return store.string();
  }
  return {};
}

std::string experimentStorePathFor(const std::string& explicitPath, const std::string& dataDir) {
  if (!explicitPath.empty() || !environment("MSLW_STORE").empty())
    return experimentStorePath(explicitPath);
  const std::string workspace = workspaceStorePath(dataDir);
  return workspace.empty() ? experimentStorePath() : workspace;
}

}  // namespace msl
