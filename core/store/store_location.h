#pragma once
// Where the experiment store lives unless the user says otherwise.
#include <string>

namespace msl {

// $MSLW_STORE when set and not empty, else
// ${XDG_DATA_HOME:-$HOME/.local/share}/msl-workbench/experiments.sqlite.
// An explicit path (a --store option, a GUI setting) takes precedence over both; callers pass it
// as `explicitPath`. Throws msl::Error when neither XDG_DATA_HOME nor HOME is set.
std::string experimentStorePath(const std::string& explicitPath = {});

}  // namespace msl
