#pragma once
// A temporary folder for tests that need files on disk, removed when the test ends.
#include <QTemporaryDir>
#include <filesystem>
#include <fstream>
#include <string>

class ScratchFolder {
 public:
  std::filesystem::path path() const { return dir_.path().toStdString(); }

  std::filesystem::path write(const std::string& name, const std::string& content) const {
    const auto file = path() / name;
    std::ofstream(file, std::ios::binary) << content;
    return file;
  }

 private:
  QTemporaryDir dir_;
};

inline std::string readWholeFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
