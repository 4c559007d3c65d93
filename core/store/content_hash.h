#pragma once
// Content identity of a dataset folder or a checkpoint (file or folder): SHA-256 over every
// byte, so that two runs compare equal only when they really used the same files.
//
// Why SHA-256 (OpenSSL libcrypto) rather than a sampled or non-cryptographic hash: a sampled hash
// (size + first/last MB + mtime) misses edits in the middle of a shard and changes on a mere
// copy; FNV-1a is slower than OpenSSL's SHA-256 on CPUs with SHA extensions and collides easily.
// SHA-256 is also what the Hugging Face Hub reports for LFS files, so a checkpoint file's hash can
// be checked against the Hub. Cost: one read of the files (~1 GB/s), done once per run.
//
// A folder's hash is the SHA-256 of a manifest listing, for each regular file below it in
// byte order of the '/'-separated relative path, "<path>\0<size>\0<sha256 of the file>\n". Hidden
// entries (names starting with '.') are skipped so that editor and VCS files do not change the
// identity. The result is written "sha256:<64 hex digits>".
#include <string>

namespace msl {

// Throws msl::Error naming the path when it is missing or cannot be read.
std::string contentHashOfFile(const std::string& path);
std::string contentHashOfFolder(const std::string& path);
// A file's or a folder's hash, whichever `path` is.
std::string contentHash(const std::string& path);

}  // namespace msl
