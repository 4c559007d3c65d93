#include "command_registry.h"

#include <algorithm>
#include <utility>

namespace mslw {
namespace {

std::vector<std::pair<std::string, CommandInstaller>>& registry() {
  static std::vector<std::pair<std::string, CommandInstaller>> commands;
  return commands;
}

}  // namespace

CommandRegistration::CommandRegistration(std::string name, CommandInstaller install) {
  registry().emplace_back(std::move(name), std::move(install));
}

void installCommands(CLI::App& root) {
  auto& commands = registry();
  std::sort(commands.begin(), commands.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [name, install] : commands) install(root);
}

}  // namespace mslw
