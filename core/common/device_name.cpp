#include "common/device_name.h"

#include <algorithm>
#include <cctype>

#include "common/error.h"

namespace msl {

std::string DeviceName::text() const {
  switch (kind) {
    case Kind::Auto:
      return "auto";
    case Kind::Cpu:
      return "cpu";
    case Kind::Cuda:
      return index ? "cuda:" + std::to_string(*index) : "cuda";
  }
  return "auto";
}

DeviceName parseDeviceName(const std::string& text) {
  DeviceName name;
  if (text == "auto") return name;
  if (text == "cpu") {
    name.kind = DeviceName::Kind::Cpu;
    return name;
  }
  if (text.rfind("cuda", 0) == 0) {
    name.kind = DeviceName::Kind::Cuda;
    if (text.size() == 4) return name;
    const std::string digits = text.substr(5);
    const bool numbered = text[4] == ':' && !digits.empty() && digits.size() <= 4 &&
                          std::all_of(digits.begin(), digits.end(), [](char c) {
                            return std::isdigit(static_cast<unsigned char>(c));
                          });
    if (numbered) {
      name.index = std::stoi(digits);
      return name;
    }
  }
  throw Error("device '" + text + "' is not a device name (allowed: auto, cpu, cuda, cuda:N)");
}

bool isDeviceName(const std::string& text) {
  try {
    parseDeviceName(text);
    return true;
  } catch (const Error&) {
    return false;
  }
}

const std::vector<std::string>& precisionNames() {
  static const std::vector<std::string> names = {"auto", "fp32", "bf16"};
  return names;
}

}  // namespace msl
