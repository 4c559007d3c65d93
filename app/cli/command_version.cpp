// `mslw version [--json]`: the workbench's version and what its LibTorch can do here.
#include <iostream>
#include <nlohmann/json.hpp>

#include "command_registry.h"
#include "model/torch_runtime.h"

namespace {

void printVersion(bool json) {
  const msl::TorchRuntime runtime = msl::describeTorchRuntime();
  if (json) {
    std::cout << nlohmann::json{{"mslw", MSLW_VERSION},
                                {"torch", runtime.torchVersion},
                                {"cuda_compiled", runtime.cudaCompiledIn},
                                {"cuda_version", runtime.cudaVersion},
                                {"gpu_count", runtime.gpuCount},
                                {"gpu_usable", runtime.gpuUsable},
                                {"gpu_unavailable_reason", runtime.gpuUnavailableReason},
                                {"threads", runtime.threads}}
                     .dump(2)
              << "\n";
    return;
  }
  std::cout << "mslw " MSLW_VERSION "\nLibTorch " << runtime.torchVersion << ", CUDA "
            << (runtime.cudaCompiledIn ? runtime.cudaVersion + " compiled in" : "not compiled in")
            << "\nGPU: "
            << (runtime.gpuUsable ? std::to_string(runtime.gpuCount) + " usable"
                                  : runtime.gpuUnavailableReason)
            << "\nthreads: " << runtime.threads << "\n";
}

const mslw::CommandRegistration registration{
    "version", [](CLI::App& root) {
      auto* command =
          root.add_subcommand("version", "Print the workbench version and its LibTorch and CUDA");
      auto json = std::make_shared<bool>(false);
      command->add_flag("--json", *json, "Print JSON");
      command->callback([json] { printVersion(*json); });
    }};

}  // namespace
