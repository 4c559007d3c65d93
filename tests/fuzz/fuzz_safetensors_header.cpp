// A safetensors file's header and tensor table: any bytes, taken as a whole file.
#include <algorithm>
#include <utility>
#include <vector>

#include "fuzz_input.h"
#include "model/safetensors_header.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  msl::fuzz::parsedOrClearError("model.safetensors", [&] {
    const auto header = msl::parseSafetensorsHeader(data, size, "model.safetensors");
    // What the header promises before any tensor is mapped: ranges inside the file, sized
    // by dtype and shape, not overlapping.
    std::uint64_t previousEnd = 0;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> ranges;
    for (const auto& [name, tensor] : header.tensors) {
      msl::fuzz::require(tensor.begin <= tensor.end, "begin <= end");
      msl::fuzz::require(header.dataStart + tensor.end <= size, "tensor inside the file");
      msl::fuzz::require(
          tensor.end - tensor.begin == static_cast<std::uint64_t>(tensor.elementCount()) *
                                           msl::safetensorsDtypeSize(tensor.dtype),
          "size = elements x dtype size");
      ranges.emplace_back(tensor.begin, tensor.end);
    }
    std::sort(ranges.begin(), ranges.end());
    for (const auto& [begin, end] : ranges) {
      msl::fuzz::require(begin == end || begin >= previousEnd, "ranges do not overlap");
      previousEnd = std::max(previousEnd, end);
    }
  });
  return 0;
}
