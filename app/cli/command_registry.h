#pragma once
// Each `mslw` subcommand lives in its own command_*.cpp and registers itself here, so that
// adding a command never touches main.cpp.
#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace mslw {

using CommandInstaller = std::function<void(CLI::App& root)>;

struct CommandRegistration {
  CommandRegistration(std::string name, CommandInstaller install);
};

// Installs all registered commands on `root`, sorted by name for a stable --help.
void installCommands(CLI::App& root);

}  // namespace mslw
