// A checkpoint's optimizer.safetensors (AdamW moments and step counts), loaded into an
// optimizer over two parameters. Needs LibTorch, so only the normal build holds it: its
// replay driver's --mutations fuzzes it there.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <torch/torch.h>

#include "fuzz_input.h"
#include "training/optimizer_state_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::filesystem::path file =
      std::filesystem::temp_directory_path() /
      ("fuzz-optimizer-" + std::to_string(::getpid()) + ".safetensors");
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  std::vector<msl::NamedParameter> parameters{
      {"model.layers.0.mlp.up_proj.weight", torch::zeros({3, 2}, torch::requires_grad())},
      {"lm_head.weight", torch::zeros({4}, torch::requires_grad())}};
  torch::optim::AdamW optimizer({parameters[0].tensor, parameters[1].tensor});
  msl::fuzz::parsedOrClearError(file.string(),
                                [&] { msl::loadAdamWState(optimizer, parameters, file); });
  return 0;
}
