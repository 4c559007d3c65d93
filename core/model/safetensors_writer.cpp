#include "model/safetensors_writer.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "common/atomic_file.h"
#include "common/error.h"

namespace msl {
namespace {

std::uint64_t byteSizeOf(const SafetensorsTensorView& tensor) {
  std::uint64_t bytes = safetensorsDtypeSize(tensor.dtype);
  for (const auto dim : tensor.shape) bytes *= static_cast<std::uint64_t>(dim);
  return bytes;
}

std::string buildHeader(const std::vector<SafetensorsTensorView>& tensors,
                        const std::map<std::string, std::string>& metadata) {
  nlohmann::ordered_json header = nlohmann::ordered_json::object();
  if (!metadata.empty()) header["__metadata__"] = metadata;
  std::uint64_t offset = 0;
  for (const auto& tensor : tensors) {
    const auto size = byteSizeOf(tensor);
    header[tensor.name] = {{"dtype", safetensorsDtypeName(tensor.dtype)},
                           {"shape", tensor.shape},
                           {"data_offsets", {offset, offset + size}}};
    offset += size;
  }
  std::string text = header.dump();
  text.append((8 - text.size() % 8) % 8, ' ');
  return text;
}

}  // namespace

void writeSafetensors(const std::filesystem::path& path, std::vector<SafetensorsTensorView> tensors,
                      const std::map<std::string, std::string>& metadata) {
  std::sort(tensors.begin(), tensors.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  for (std::size_t i = 0; i < tensors.size(); ++i) {
    const auto& tensor = tensors[i];
    if (tensor.name == "__metadata__" || tensor.name.empty())
      throw Error(path.string() + ": invalid tensor name '" + tensor.name + "'");
    if (i > 0 && tensors[i - 1].name == tensor.name)
      throw Error(path.string() + ": tensor '" + tensor.name + "' given twice");
    if (byteSizeOf(tensor) != tensor.size)
      throw Error(path.string() + ": tensor '" + tensor.name + "' has " +
                  std::to_string(tensor.size) + " bytes but its dtype and shape need " +
                  std::to_string(byteSizeOf(tensor)));
  }
  const std::string header = buildHeader(tensors, metadata);
  std::uint8_t length[8];
  for (int i = 0; i < 8; ++i)
    length[i] = static_cast<std::uint8_t>(static_cast<std::uint64_t>(header.size()) >> (8 * i));

  AtomicFileWriter file(path);
  file.write(length, sizeof length);
  file.write(header.data(), header.size());
  for (const auto& tensor : tensors) file.write(tensor.data, tensor.size);
  file.commit();
}

}  // namespace msl
