#include "model/safetensors_header.h"

#include <algorithm>
#include <limits>
#include <nlohmann/json.hpp>

#include "common/error.h"

namespace msl {
namespace {

using nlohmann::json;

[[noreturn]] void fail(const std::string& fileName, const std::string& message) {
  throw Error(fileName + ": " + message);
}

[[noreturn]] void failTensor(const std::string& fileName, const std::string& tensor,
                             const std::string& message) {
  throw Error(fileName + ": tensor '" + tensor + "': " + message);
}

std::uint64_t readLittleEndian64(const std::uint8_t* bytes) {
  std::uint64_t value = 0;
  for (int i = 7; i >= 0; --i) value = (value << 8) | bytes[i];
  return value;
}

std::vector<std::int64_t> parseShape(const json& entry, const std::string& fileName,
                                     const std::string& name) {
  const auto shape = entry.find("shape");
  if (shape == entry.end() || !shape->is_array())
    failTensor(fileName, name, "expected \"shape\" to be an array of non-negative integers");
  std::vector<std::int64_t> dims;
  for (const auto& dim : *shape) {
    if (!dim.is_number_unsigned())
      failTensor(fileName, name, "expected \"shape\" to be an array of non-negative integers");
    const auto value = dim.get<std::uint64_t>();
    if (value > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
      failTensor(fileName, name, "shape dimension too large");
    dims.push_back(static_cast<std::int64_t>(value));
  }
  return dims;
}

// Product of dims times the element size, or failure when it would overflow 64 bits.
std::uint64_t byteSizeOf(const std::vector<std::int64_t>& shape, std::size_t elementSize,
                         const std::string& fileName, const std::string& name) {
  std::uint64_t bytes = elementSize;
  for (const auto dim : shape) {
    const auto d = static_cast<std::uint64_t>(dim);
    if (d != 0 && bytes > std::numeric_limits<std::uint64_t>::max() / d)
      failTensor(fileName, name, "shape too large: byte size overflows 64 bits");
    bytes *= d;
  }
  return bytes;
}

SafetensorsTensorInfo parseEntry(const json& entry, std::uint64_t dataSize,
                                 const std::string& fileName, const std::string& name) {
  if (!entry.is_object())
    failTensor(fileName, name, "expected an object with dtype, shape and data_offsets");
  SafetensorsTensorInfo info;
  const auto dtype = entry.find("dtype");
  if (dtype == entry.end() || !dtype->is_string())
    failTensor(fileName, name, "expected \"dtype\" to be a string");
  const auto parsed = parseSafetensorsDtype(dtype->get<std::string>());
  if (!parsed)
    failTensor(fileName, name,
               "unknown dtype '" + dtype->get<std::string>() +
                   "' (supported: " + supportedSafetensorsDtypes() + ")");
  info.dtype = *parsed;
  info.shape = parseShape(entry, fileName, name);

  const auto offsets = entry.find("data_offsets");
  if (offsets == entry.end() || !offsets->is_array() || offsets->size() != 2 ||
      !(*offsets)[0].is_number_unsigned() || !(*offsets)[1].is_number_unsigned())
    failTensor(fileName, name, "expected \"data_offsets\" to be [begin, end] with integers");
  info.begin = (*offsets)[0].get<std::uint64_t>();
  info.end = (*offsets)[1].get<std::uint64_t>();
  if (info.begin > info.end)
    failTensor(fileName, name,
               "data_offsets [" + std::to_string(info.begin) + ", " + std::to_string(info.end) +
                   "] end before they begin");
  if (info.end > dataSize)
    failTensor(fileName, name,
               "data_offsets end " + std::to_string(info.end) + " lies past the data area of " +
                   std::to_string(dataSize) + " bytes (file truncated?)");
  const auto expected = byteSizeOf(info.shape, safetensorsDtypeSize(info.dtype), fileName, name);
  if (info.end - info.begin != expected)
    failTensor(fileName, name,
               "holds " + std::to_string(info.end - info.begin) + " bytes but " +
                   safetensorsDtypeName(info.dtype) + " with this shape needs " +
                   std::to_string(expected));
  return info;
}

std::map<std::string, std::string> parseMetadata(const json& metadata,
                                                 const std::string& fileName) {
  if (!metadata.is_object()) fail(fileName, "expected \"__metadata__\" to be an object");
  std::map<std::string, std::string> values;
  for (const auto& [key, value] : metadata.items()) {
    if (!value.is_string()) fail(fileName, "\"__metadata__\" entry '" + key + "' must be a string");
    values[key] = value.get<std::string>();
  }
  return values;
}

void checkNoOverlap(const std::map<std::string, SafetensorsTensorInfo>& tensors,
                    const std::string& fileName) {
  std::vector<std::pair<const std::string*, const SafetensorsTensorInfo*>> byOffset;
  for (const auto& [name, info] : tensors)
    if (info.end > info.begin) byOffset.emplace_back(&name, &info);
  std::sort(byOffset.begin(), byOffset.end(),
            [](const auto& a, const auto& b) { return a.second->begin < b.second->begin; });
  for (std::size_t i = 1; i < byOffset.size(); ++i) {
    const auto& previous = byOffset[i - 1];
    const auto& current = byOffset[i];
    if (current.second->begin < previous.second->end)
      failTensor(fileName, *current.first,
                 "bytes [" + std::to_string(current.second->begin) + ", " +
                     std::to_string(current.second->end) + ") overlap tensor '" + *previous.first +
                     "' [" + std::to_string(previous.second->begin) + ", " +
                     std::to_string(previous.second->end) + ")");
  }
}

}  // namespace

std::int64_t SafetensorsTensorInfo::elementCount() const {
  std::int64_t count = 1;
  for (const auto dim : shape) count *= dim;
  return count;
}

SafetensorsHeader parseSafetensorsHeader(const std::uint8_t* prefix, std::size_t fileSize,
                                         const std::string& fileName) {
  if (fileSize < 8)
    fail(fileName, "too short for a safetensors file (" + std::to_string(fileSize) +
                       " bytes; the 8-byte header length is missing)");
  const std::uint64_t headerLength = readLittleEndian64(prefix);
  if (headerLength > kMaxSafetensorsHeaderBytes || headerLength > fileSize - 8)
    fail(fileName, "header length " + std::to_string(headerLength) + " exceeds the file (" +
                       std::to_string(fileSize) + " bytes): not a safetensors file or truncated");

  const char* text = reinterpret_cast<const char*>(prefix + 8);
  json header;
  try {
    header = json::parse(text, text + headerLength);
  } catch (const json::exception& e) {
    fail(fileName, std::string("header is not valid JSON: ") + e.what());
  }
  if (!header.is_object()) fail(fileName, "header must be a JSON object");

  SafetensorsHeader parsed;
  parsed.dataStart = 8 + headerLength;
  const std::uint64_t dataSize = fileSize - parsed.dataStart;
  for (const auto& [name, entry] : header.items()) {
    if (name == "__metadata__") {
      parsed.metadata = parseMetadata(entry, fileName);
      continue;
    }
    parsed.tensors.emplace(name, parseEntry(entry, dataSize, fileName, name));
  }
  checkNoOverlap(parsed.tensors, fileName);
  return parsed;
}

}  // namespace msl
