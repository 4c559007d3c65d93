#include "store/content_hash.h"

#include <openssl/evp.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <vector>

#include "common/error.h"

namespace msl {
namespace {

namespace fs = std::filesystem;

class Sha256 {
 public:
  Sha256() : context_(EVP_MD_CTX_new(), &EVP_MD_CTX_free) {
    if (!context_ || EVP_DigestInit_ex(context_.get(), EVP_sha256(), nullptr) != 1) {
      throw Error("SHA-256: OpenSSL could not start a digest");
    }
  }

  void update(const void* data, std::size_t size) {
    if (EVP_DigestUpdate(context_.get(), data, size) != 1) {
      throw Error("SHA-256: OpenSSL digest update failed");
    }
  }

  std::string hexDigest() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context_.get(), digest, &length) != 1) {
      throw Error("SHA-256: OpenSSL digest final failed");
    }
    static const char* const kHex = "0123456789abcdef";
    std::string hex;
    for (unsigned int i = 0; i < length; ++i) {
      hex.push_back(kHex[digest[i] >> 4]);
      hex.push_back(kHex[digest[i] & 15]);
    }
    return hex;
  }

 private:
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context_;
};

std::string sha256OfFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path.string() + ": cannot open for hashing");
  Sha256 hash;
  std::vector<char> buffer(1 << 20);
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    hash.update(buffer.data(), static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) throw Error(path.string() + ": read error while hashing");
  return hash.hexDigest();
}

bool isHidden(const fs::path& relative) {
  for (const auto& part : relative) {
    const std::string name = part.string();
    if (!name.empty() && name[0] == '.') return true;
  }
  return false;
}

}  // namespace

std::string contentHashOfFile(const std::string& path) {
  if (!fs::is_regular_file(path)) throw Error(path + ": not a file (expected a file to hash)");
  return "sha256:" + sha256OfFile(path);
}

std::string contentHashOfFolder(const std::string& path) {
  if (!fs::is_directory(path)) throw Error(path + ": not a folder (expected a folder to hash)");
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(path)) {
    const fs::path relative = fs::relative(entry.path(), path);
    if (isHidden(relative) || !entry.is_regular_file()) continue;
    files.push_back(relative.generic_string());
  }
  std::sort(files.begin(), files.end());
  Sha256 manifest;
  for (const auto& file : files) {
    const fs::path full = fs::path(path) / file;
    const std::string line =
        file + '\0' + std::to_string(fs::file_size(full)) + '\0' + sha256OfFile(full) + '\n';
    manifest.update(line.data(), line.size());
  }
  return "sha256:" + manifest.hexDigest();
}

std::string contentHash(const std::string& path) {
  if (fs::is_directory(path)) return contentHashOfFolder(path);
  if (fs::is_regular_file(path)) return contentHashOfFile(path);
  throw Error(path + ": no such file or folder (expected a dataset folder or checkpoint to hash)");
}

}  // namespace msl
