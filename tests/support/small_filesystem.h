#pragma once
// A tmpfs of a few MiB mounted for one test, so that a disk really fills up (ENOSPC from the
// kernel, SQLITE_FULL from SQLite). Mounting needs root (CAP_SYS_ADMIN): tests skip with
// error() otherwise.
#include <sys/mount.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

class SmallFilesystem {
 public:
  SmallFilesystem(std::filesystem::path dir, std::size_t bytes) : dir_(std::move(dir)) {
    std::filesystem::create_directories(dir_);
    const std::string options = "size=" + std::to_string(bytes) + ",mode=0700";
    if (::mount("tmpfs", dir_.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, options.c_str()) == 0)
      mounted_ = true;
    else
      error_ = "cannot mount a tmpfs at " + dir_.string() + " (" + std::strerror(errno) +
               "); the full-disk tests need root";
  }
  ~SmallFilesystem() {
    if (mounted_) ::umount2(dir_.c_str(), MNT_DETACH);
  }
  SmallFilesystem(const SmallFilesystem&) = delete;
  SmallFilesystem& operator=(const SmallFilesystem&) = delete;

  bool mounted() const { return mounted_; }
  const std::string& error() const { return error_; }
  const std::filesystem::path& dir() const { return dir_; }

  // Writes a ballast file until the disk is full, then gives `leave` bytes back.
  void fill(std::size_t leave = 0) {
    const std::vector<char> block(64 * 1024, 'x');
    {
      std::ofstream out(ballast(), std::ios::binary);
      while (out.write(block.data(), static_cast<std::streamsize>(block.size()))) {
      }
    }
    const auto size = std::filesystem::file_size(ballast());
    std::filesystem::resize_file(ballast(), size > leave ? size - leave : 0);
  }
  void freeBallast() { std::filesystem::remove(ballast()); }

 private:
  std::filesystem::path ballast() const { return dir_ / "ballast"; }

  std::filesystem::path dir_;
  bool mounted_ = false;
  std::string error_;
};
