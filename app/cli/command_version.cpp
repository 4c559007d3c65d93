#include <iostream>

#include "command_registry.h"

namespace {

const mslw::CommandRegistration registration{
    "version", [](CLI::App& root) {
      auto* command = root.add_subcommand("version", "Print the workbench version");
      command->callback([] { std::cout << "mslw 0.1.0\n"; });
    }};

}  // namespace
