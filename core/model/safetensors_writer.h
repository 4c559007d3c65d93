#pragma once
// Writes a .safetensors file as the Python library does: JSON header with tensors sorted by
// name, padded with spaces to a multiple of 8 bytes so that the data area is aligned, then the
// tensors' bytes in the same order. Torch-free: callers pass byte views.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "model/safetensors_dtype.h"

namespace msl {

struct SafetensorsTensorView {
  std::string name;
  SafetensorsDtype dtype = SafetensorsDtype::F32;
  std::vector<std::int64_t> shape;
  const void* data = nullptr;  // little-endian bytes; must stay alive during the write
  std::size_t size = 0;        // must equal dtype size x product(shape)
};

// The file is written next to `path` under a temporary name and renamed over it only once it
// is complete and flushed, so a full disk or a crash never leaves a corrupt file at `path`.
void writeSafetensors(const std::filesystem::path& path, std::vector<SafetensorsTensorView> tensors,
                      const std::map<std::string, std::string>& metadata = {});

}  // namespace msl
