#pragma once
// The element types a safetensors header may name, with their sizes. Torch-free so that the
// format code can be tested and fuzzed without LibTorch.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace msl {

enum class SafetensorsDtype { F64, F32, F16, BF16, I64, I32, I16, I8, U8, Bool };

std::optional<SafetensorsDtype> parseSafetensorsDtype(std::string_view name);
std::string safetensorsDtypeName(SafetensorsDtype dtype);
std::size_t safetensorsDtypeSize(SafetensorsDtype dtype);
// "F64, F32, ..." for error messages.
std::string supportedSafetensorsDtypes();

}  // namespace msl
