#pragma once
// Parsing and validation of a safetensors header (8-byte little-endian length, JSON object,
// data area). Torch-free: it only looks at bytes, so it can be tested and fuzzed cheaply.
// Everything is checked before any tensor is used: the header length lies within the file,
// the JSON is an object of well-formed entries, each dtype is known, each byte range lies in
// the data area, ranges do not overlap, and each size equals dtype size x product(shape).
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "model/safetensors_dtype.h"

namespace msl {

struct SafetensorsTensorInfo {
  SafetensorsDtype dtype = SafetensorsDtype::F32;
  std::vector<std::int64_t> shape;
  std::uint64_t begin = 0;  // byte offsets relative to the start of the data area
  std::uint64_t end = 0;

  std::int64_t elementCount() const;
};

struct SafetensorsHeader {
  std::uint64_t dataStart = 0;  // 8 + header length: where the data area begins in the file
  std::map<std::string, SafetensorsTensorInfo> tensors;
  std::map<std::string, std::string> metadata;  // the optional "__metadata__" object
};

// The header of a file of `fileSize` bytes whose first bytes are `prefix` (at least the 8-byte
// length plus the JSON it announces; pass the whole mapped file). `fileName` is used in errors.
SafetensorsHeader parseSafetensorsHeader(const std::uint8_t* prefix, std::size_t fileSize,
                                         const std::string& fileName);

// The JSON header exactly as written: a safetensors header is at most this long.
inline constexpr std::uint64_t kMaxSafetensorsHeaderBytes = 100'000'000;

}  // namespace msl
