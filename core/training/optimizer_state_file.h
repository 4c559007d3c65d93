#pragma once
// AdamW's state in safetensors, not LibTorch's pickle-style archive: for each trainable
// parameter "<name>.exp_avg" and "<name>.exp_avg_sq" (fp32 or the parameter's dtype), and the
// per-parameter step count in the metadata. Parameters are matched by name, so a checkpoint
// loads into a freshly built model whose tensors are new objects.
#include <torch/optim/adamw.h>

#include <filesystem>
#include <string>
#include <vector>

namespace msl {

struct NamedParameter {
  std::string name;
  torch::Tensor tensor;
};

void saveAdamWState(torch::optim::AdamW& optimizer, const std::vector<NamedParameter>& parameters,
                    const std::filesystem::path& file);
// Throws msl::Error naming the file and the parameter when a tensor is missing or misshapen.
void loadAdamWState(torch::optim::AdamW& optimizer, const std::vector<NamedParameter>& parameters,
                    const std::filesystem::path& file);

}  // namespace msl
