#include "model/safetensors_dtype.h"

#include <array>
#include <utility>

namespace msl {
namespace {

struct DtypeInfo {
  SafetensorsDtype dtype;
  const char* name;
  std::size_t size;
};

constexpr std::array<DtypeInfo, 10> kDtypes{{
    {SafetensorsDtype::F64, "F64", 8},
    {SafetensorsDtype::F32, "F32", 4},
    {SafetensorsDtype::F16, "F16", 2},
    {SafetensorsDtype::BF16, "BF16", 2},
    {SafetensorsDtype::I64, "I64", 8},
    {SafetensorsDtype::I32, "I32", 4},
    {SafetensorsDtype::I16, "I16", 2},
    {SafetensorsDtype::I8, "I8", 1},
    {SafetensorsDtype::U8, "U8", 1},
    {SafetensorsDtype::Bool, "BOOL", 1},
}};

const DtypeInfo& infoOf(SafetensorsDtype dtype) {
  for (const auto& info : kDtypes)
    if (info.dtype == dtype) return info;
  return kDtypes.front();  // unreachable: every enumerator is in the table
}

}  // namespace

std::optional<SafetensorsDtype> parseSafetensorsDtype(std::string_view name) {
  for (const auto& info : kDtypes)
    if (name == info.name) return info.dtype;
  return std::nullopt;
}

std::string safetensorsDtypeName(SafetensorsDtype dtype) {
  return infoOf(dtype).name;
}

std::size_t safetensorsDtypeSize(SafetensorsDtype dtype) {
  return infoOf(dtype).size;
}

std::string supportedSafetensorsDtypes() {
  std::string names;
  for (const auto& info : kDtypes) {
    if (!names.empty()) names += ", ";
    names += info.name;
  }
  return names;
}

}  // namespace msl
