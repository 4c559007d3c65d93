#pragma once
// Where the experiment store lives unless the user says otherwise.
#include <string>

namespace msl {

// $MSLW_STORE when set and not empty, else
// ${XDG_DATA_HOME:-$HOME/.local/share}/msl-workbench/experiments.sqlite.
// An explicit path (a --store option, a GUI setting) takes precedence over both; callers pass it
// as `explicitPath`. Throws msl::Error when neither XDG_DATA_HOME nor HOME is set.
std::string experimentStorePath(const std::string& explicitPath = {});

// The store of the workspace a dataset belongs to: an existing experiments.sqlite in the dataset
// folder or in the folder above it (the demo workspace keeps <workspace>/data beside
// <workspace>/experiments.sqlite). Empty when there is none.
std::string workspaceStorePath(const std::string& dataDir);

// For commands that work on a dataset: the explicit path, else $MSLW_STORE, else the dataset's
// workspace store, else the XDG default. So `mslw train` on a workspace's data, `mslw demo` and
// the window that opened the workspace share one store.
std::string experimentStorePathFor(const std::string& explicitPath, const std::string& dataDir);

}  // namespace msl
