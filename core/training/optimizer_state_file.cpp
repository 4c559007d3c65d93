#include "training/optimizer_state_file.h"

#include <map>
#include <sstream>
#include <type_traits>

#include "common/error.h"
#include "model/checkpoint_tensors.h"
#include "model/safetensors_writer.h"
#include "model/tensor_conversion.h"

namespace msl {

namespace {

// The ".step" metadata value: a non-negative integer, or an error naming the file and key.
std::int64_t stepCount(const std::filesystem::path& file, const std::string& parameter,
                       const std::string& text) {
  std::size_t used = 0;
  long long value = -1;
  try {
    value = std::stoll(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != text.size() || value < 0) {
    throw Error(file.string() + ": metadata \"" + parameter +
                ".step\" must be a step count, got \"" + text + "\"");
  }
  return value;
}

}  // namespace

namespace {

// LibTorch 1.x keys optimizer state by the parameter's TensorImpl address printed as a string,
// 2.x by the address itself.
template <typename Key>
Key stateKey(const torch::Tensor& parameter) {
  if constexpr (std::is_same_v<Key, std::string>) {
    std::ostringstream text;
    text << parameter.unsafeGetTensorImpl();
    return text.str();
  } else {
    return parameter.unsafeGetTensorImpl();
  }
}

using StateKey = std::decay_t<decltype(std::declval<torch::optim::AdamW&>().state())>::key_type;

}  // namespace

void saveAdamWState(torch::optim::AdamW& optimizer, const std::vector<NamedParameter>& parameters,
                    const std::filesystem::path& file) {
  std::vector<torch::Tensor> keepAlive;
  std::vector<SafetensorsTensorView> views;
  std::map<std::string, std::string> steps;
  auto& state = optimizer.state();
  for (const auto& parameter : parameters) {
    const auto found = state.find(stateKey<StateKey>(parameter.tensor));
    if (found == state.end()) continue;  // never stepped (no gradient yet)
    auto& adam = static_cast<torch::optim::AdamWParamState&>(*found->second);
    keepAlive.push_back(contiguousCpu(adam.exp_avg()));
    views.push_back(viewForWriting(parameter.name + ".exp_avg", keepAlive.back()));
    keepAlive.push_back(contiguousCpu(adam.exp_avg_sq()));
    views.push_back(viewForWriting(parameter.name + ".exp_avg_sq", keepAlive.back()));
    steps[parameter.name + ".step"] = std::to_string(adam.step());
  }
  writeSafetensors(file, std::move(views), steps);
}

void loadAdamWState(torch::optim::AdamW& optimizer, const std::vector<NamedParameter>& parameters,
                    const std::filesystem::path& file) {
  const CheckpointTensors tensors(file);
  const SafetensorsFile& safetensors = *tensors.files().front();
  const auto& metadata = safetensors.header().metadata;
  auto& state = optimizer.state();
  for (const auto& parameter : parameters) {
    const std::string avgName = parameter.name + ".exp_avg";
    if (!tensors.contains(avgName)) continue;
    const auto step = metadata.find(parameter.name + ".step");
    if (step == metadata.end())
      throw Error(file.string() + ": no step count for optimizer state of " + parameter.name);
    const auto options = torch::TensorOptions()
                             .dtype(parameter.tensor.scalar_type())
                             .device(parameter.tensor.device());
    auto adam = std::make_unique<torch::optim::AdamWParamState>();
    adam->step(stepCount(file, parameter.name, step->second));
    adam->exp_avg(loadTensor(tensors, avgName, options));
    adam->exp_avg_sq(loadTensor(tensors, parameter.name + ".exp_avg_sq", options));
    if (!adam->exp_avg().sizes().equals(parameter.tensor.sizes()) ||
        !adam->exp_avg_sq().sizes().equals(parameter.tensor.sizes()))
      throw Error(file.string() + ": optimizer state of " + parameter.name +
                  " does not match the parameter's shape");
    state[stateKey<StateKey>(parameter.tensor)] = std::move(adam);
  }
}

}  // namespace msl
