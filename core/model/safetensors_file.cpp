#include "model/safetensors_file.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "common/error.h"

namespace msl {

void refusePickledCheckpoint(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  static const std::array<const char*, 4> kPickled{".bin", ".pt", ".pth", ".ckpt"};
  for (const char* pickled : kPickled)
    if (extension == pickled)
      // Unpickling runs arbitrary code from the file; safetensors holds data only.
      throw Error(path.string() + ": pickled checkpoints are never loaded: convert to safetensors");
}

SafetensorsFile::SafetensorsFile(const std::filesystem::path& path)
    : path_(path), mapping_((refusePickledCheckpoint(path), path)) {
  header_ = parseSafetensorsHeader(mapping_.data(), mapping_.size(), path.string());
}

bool SafetensorsFile::contains(const std::string& name) const {
  return header_.tensors.count(name) != 0;
}

std::vector<std::string> SafetensorsFile::tensorNames() const {
  std::vector<std::string> names;
  names.reserve(header_.tensors.size());
  for (const auto& entry : header_.tensors) names.push_back(entry.first);
  return names;
}

SafetensorsBytes SafetensorsFile::bytes(const std::string& name) const {
  const auto found = header_.tensors.find(name);
  if (found == header_.tensors.end())
    throw Error(path_.string() + ": tensor '" + name + "' not found");
  const auto& info = found->second;
  return {&info, mapping_.data() + header_.dataStart + info.begin,
          static_cast<std::size_t>(info.end - info.begin)};
}

}  // namespace msl
