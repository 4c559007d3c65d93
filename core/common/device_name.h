#pragma once
// A compute device as users write it, in run configs, `--device` and the Workspace page:
// "auto" | "cpu" | "cuda" | "cuda:N", and the numeric precision a run asks for: "auto" | "fp32" |
// "bf16". Parsed here, torch-free, so that the run-config reader and the GUI check the syntax;
// model/device_choice.h turns a name into a device this machine has.
#include <optional>
#include <string>
#include <vector>

namespace msl {

struct DeviceName {
  enum class Kind { Auto, Cpu, Cuda };
  Kind kind = Kind::Auto;
  std::optional<int> index;  // cuda:N; "cuda" alone means the first GPU

  std::string text() const;  // back to the written form
};

// Throws msl::Error naming the text and the allowed forms.
DeviceName parseDeviceName(const std::string& text);
bool isDeviceName(const std::string& text);

// The precisions a run config may ask for, in the order the Train page offers them.
const std::vector<std::string>& precisionNames();

}  // namespace msl
