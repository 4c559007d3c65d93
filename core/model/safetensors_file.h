#pragma once
// One .safetensors file, memory-mapped and validated on open. Torch-free: tensors are handed
// out as byte ranges; model/tensor_conversion.h turns them into torch::Tensor.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "model/mapped_file.h"
#include "model/safetensors_header.h"

namespace msl {

struct SafetensorsBytes {
  const SafetensorsTensorInfo* info = nullptr;
  const std::uint8_t* data = nullptr;  // little-endian, possibly unaligned
  std::size_t size = 0;
};

class SafetensorsFile {
 public:
  // Refuses pickled checkpoints (.bin/.pt/.pth) and any file whose header fails validation.
  explicit SafetensorsFile(const std::filesystem::path& path);

  const std::filesystem::path& path() const { return path_; }
  const SafetensorsHeader& header() const { return header_; }
  bool contains(const std::string& name) const;
  std::vector<std::string> tensorNames() const;  // sorted
  // Throws msl::Error naming the file when the tensor is absent.
  SafetensorsBytes bytes(const std::string& name) const;
  // Drops the tensor's converted bytes from resident memory (MappedFile::evict).
  void evict(const SafetensorsBytes& bytes) const { mapping_.evict(bytes.data, bytes.size); }

 private:
  std::filesystem::path path_;
  MappedFile mapping_;
  SafetensorsHeader header_;
};

// Throws the "pickled checkpoints are never loaded" error for .bin/.pt/.pth/.ckpt paths.
void refusePickledCheckpoint(const std::filesystem::path& path);

}  // namespace msl
