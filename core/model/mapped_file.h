#pragma once
// A read-only memory mapping of a whole file: checkpoints are read in place, so opening a
// multi-gigabyte model costs no copy until a tensor is converted.
#include <cstddef>
#include <cstdint>
#include <filesystem>

namespace msl {

class MappedFile {
 public:
  explicit MappedFile(const std::filesystem::path& path);  // throws msl::Error naming the file
  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  const std::uint8_t* data() const { return data_; }
  std::size_t size() const { return size_; }
  // Drops the whole pages inside [begin, begin + size) from this process's resident memory once
  // their bytes are converted, so that loading a model does not also keep the file resident;
  // the page cache keeps them and a later read faults them back in.
  void evict(const std::uint8_t* begin, std::size_t size) const noexcept;

 private:
  void release() noexcept;

  const std::uint8_t* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace msl
