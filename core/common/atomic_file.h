#pragma once
// Writing a file so that a reader sees the old file or the whole new one, never a part: the
// bytes go to a temporary file beside the target, are flushed to disk and renamed into place.
// A full disk (ENOSPC, EDQUOT) is DiskFull naming the file, and the old file stays as it was.
#include <filesystem>
#include <string>
#include <string_view>

#include "common/error.h"

namespace msl {

// Throws DiskFull or msl::Error: "<target>: <what> (<temporary>): <strerror>".
[[noreturn]] void throwWriteError(const std::filesystem::path& target, const std::string& what,
                                  const std::filesystem::path& temporary, int error);

// Owns the temporary file until commit() renames it into place; without commit() the target is
// left untouched and the temporary removed.
class AtomicFileWriter {
 public:
  explicit AtomicFileWriter(std::filesystem::path target);
  ~AtomicFileWriter();
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

  void write(const void* data, std::size_t size);
  void write(std::string_view text) { write(text.data(), text.size()); }
  void commit();

 private:
  [[noreturn]] void fail(const std::string& what);

  std::filesystem::path target_;
  std::filesystem::path temporary_;
  int fd_ = -1;
  bool committed_ = false;
};

void writeFileAtomically(const std::filesystem::path& target, std::string_view bytes);

}  // namespace msl
