#pragma once
// The `mslw bench` group that command_bench.cpp registers; each benchmark attaches to it.
#include <CLI/CLI.hpp>

#include <string>

#include "common/error.h"

namespace mslw {

// Commands install sorted by name, so "bench" exists before any "bench_<name>"; if that rule
// ever breaks, the benchmark names itself instead of CLI11's bare "bench not found".
inline CLI::App* benchCommandGroup(CLI::App& root, const std::string& benchmark) {
  try {
    return root.get_subcommand("bench");
  } catch (const CLI::Error&) {
    throw msl::Error("bench " + benchmark + ": the `bench` command group is not registered");
  }
}

}  // namespace mslw
