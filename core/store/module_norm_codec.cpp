#include "store/module_norm_codec.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

#include "common/error.h"

namespace msl {
namespace {

void appendFloat32(std::string& out, float value) {
  std::uint32_t bits = 0;
  std::memcpy(&bits, &value, sizeof bits);
  for (int shift = 0; shift < 32; shift += 8) out.push_back(static_cast<char>(bits >> shift));
}

float readFloat32(const std::string& blob, std::size_t offset) {
  std::uint32_t bits = 0;
  for (int i = 0; i < 4; ++i) {
    bits |= static_cast<std::uint32_t>(static_cast<unsigned char>(blob[offset + i])) << (8 * i);
  }
  float value = 0;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

// The double nearest the float's shortest decimal form, so that a norm stored as 0.1f reads
// back as 0.1 rather than 0.10000000149011612.
double widen(float value) {
  char text[32];
  const auto written = std::to_chars(text, text + sizeof text, value);
  double widened = value;
  std::from_chars(text, written.ptr, widened);
  return widened;
}

}  // namespace

ModuleNormCodec::ModuleNormCodec(std::vector<std::string> knownNames)
    : names_(std::move(knownNames)), firstNewName_(names_.size()) {
  for (std::size_t i = 0; i < names_.size(); ++i) indexOf_[names_[i]] = i;
}

std::vector<std::string> ModuleNormCodec::takeNewNames() {
  std::vector<std::string> fresh(names_.begin() + static_cast<std::ptrdiff_t>(firstNewName_),
                                 names_.end());
  firstNewName_ = names_.size();
  return fresh;
}

std::string ModuleNormCodec::encode(const std::map<std::string, double>& norms) {
  for (const auto& [name, norm] : norms) {
    if (indexOf_.emplace(name, names_.size()).second) names_.push_back(name);
  }
  std::size_t used = 0;
  for (const auto& [name, norm] : norms) used = std::max(used, indexOf_.at(name) + 1);
  std::vector<float> values(used, std::numeric_limits<float>::quiet_NaN());
  for (const auto& [name, norm] : norms) values[indexOf_.at(name)] = static_cast<float>(norm);
  std::string blob;
  blob.reserve(values.size() * 4);
  for (float value : values) appendFloat32(blob, value);
  return blob;
}

std::map<std::string, double> ModuleNormCodec::decode(const std::string& blob) const {
  if (blob.size() % 4 != 0) {
    throw Error("module gradient norms: blob of " + std::to_string(blob.size()) +
                " bytes is not a whole number of float32 values");
  }
  const std::size_t count = blob.size() / 4;
  if (count > names_.size()) {
    throw Error("module gradient norms: blob has " + std::to_string(count) +
                " values but the run has " + std::to_string(names_.size()) + " module names");
  }
  std::map<std::string, double> norms;
  for (std::size_t i = 0; i < count; ++i) {
    const float value = readFloat32(blob, i * 4);
    if (!std::isnan(value)) norms[names_[i]] = widen(value);
  }
  return norms;
}

}  // namespace msl
