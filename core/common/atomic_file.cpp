#include "common/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace msl {

void throwWriteError(const std::filesystem::path& target, const std::string& what,
                     const std::filesystem::path& temporary, int error) {
  const std::string detail = what + " (" + temporary.string() + "): " + std::strerror(error);
  if (error == ENOSPC || error == EDQUOT)
    throw DiskFull(target.string() + ": disk full: " + detail);
  throw Error(target.string() + ": " + detail);
}

AtomicFileWriter::AtomicFileWriter(std::filesystem::path target)
    : target_(std::move(target)),
      temporary_(target_.string() + ".tmp-" + std::to_string(::getpid())) {
  fd_ = ::open(temporary_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) fail("cannot create");
}

AtomicFileWriter::~AtomicFileWriter() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_) {
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
  }
}

void AtomicFileWriter::write(const void* data, std::size_t size) {
  const auto* bytes = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t written = ::write(fd_, bytes, size);
    if (written < 0) {
      if (errno == EINTR) continue;
      fail("cannot write");
    }
    bytes += written;
    size -= static_cast<std::size_t>(written);
  }
}

void AtomicFileWriter::commit() {
  // Space is often only found missing when the data reaches the disk.
  if (::fsync(fd_) != 0) fail("cannot flush");
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) fail("cannot close");
  if (::rename(temporary_.c_str(), target_.c_str()) != 0) fail("cannot rename into place");
  committed_ = true;
}

void AtomicFileWriter::fail(const std::string& what) {
  throwWriteError(target_, what, temporary_, errno);
}

void writeFileAtomically(const std::filesystem::path& target, std::string_view bytes) {
  AtomicFileWriter file(target);
  file.write(bytes);
  file.commit();
}

}  // namespace msl
