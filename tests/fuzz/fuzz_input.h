#pragma once
// What every fuzz target checks: whatever the bytes, the parser either accepts them or throws
// msl::Error, and that error names the file the bytes stand for. Any other exception, a
// crash, a sanitizer report or a hang is a finding. Both builds use this header: the libFuzzer
// build (preset fuzz) and the replay of the committed corpora in the normal build.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "common/error.h"

namespace msl::fuzz {

inline std::string asText(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// Runs `parse`; an msl::Error must mention `source` (empty: any message).
template <typename Parse>
void parsedOrClearError(std::string_view source, Parse&& parse) {
  try {
    parse();
  } catch (const msl::Cancelled&) {
    std::fprintf(stderr, "finding: a parser reported Cancelled\n");
    std::abort();
  } catch (const msl::Error& error) {
    if (!source.empty() && std::string_view(error.what()).find(source) == std::string_view::npos) {
      std::fprintf(stderr, "finding: the error does not name %.*s: %s\n",
                   static_cast<int>(source.size()), source.data(), error.what());
      std::abort();
    }
  }
}

// An invariant the parser promised of what it accepted.
inline void require(bool holds, const char* what) {
  if (holds) return;
  std::fprintf(stderr, "finding: accepted input breaks: %s\n", what);
  std::abort();
}

}  // namespace msl::fuzz
