// `mslw bench`: the parent of the benchmarks, which attach as command_bench_<name>.cpp.
#include "command_registry.h"

namespace {

const mslw::CommandRegistration registration{
    "bench", [](CLI::App& root) {
      auto* bench =
          root.add_subcommand("bench", "Benchmarks (ratios against a reference in one run)");
      bench->require_subcommand(1);
    }};

}  // namespace
