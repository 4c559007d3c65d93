#pragma once
// A checkpoint the trainer wrote. A plain value type: it crosses the core/GUI boundary.
#include <cstdint>
#include <string>

#include "store/store_types.h"

namespace msl {

enum class CheckpointKind { Step, Epoch, Final, Best };

std::string toText(CheckpointKind kind);
// Throws msl::Error naming the text and the allowed values.
CheckpointKind checkpointKindFromText(const std::string& text);

struct CheckpointRecord {
  RunId run = 0;
  std::int64_t step = 0;
  double epoch = 0.0;
  std::string path;
  CheckpointKind kind = CheckpointKind::Step;
  std::int64_t bytes = 0;
  UnixMillis createdAt = 0;
};

}  // namespace msl
