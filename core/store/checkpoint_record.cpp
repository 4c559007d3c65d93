#include "store/checkpoint_record.h"

#include <array>
#include <utility>

#include "common/error.h"

namespace msl {
namespace {

constexpr std::array<std::pair<CheckpointKind, const char*>, 4> kKindTexts{{
    {CheckpointKind::Step, "step"},
    {CheckpointKind::Epoch, "epoch"},
    {CheckpointKind::Final, "final"},
    {CheckpointKind::Best, "best"},
}};

}  // namespace

std::string toText(CheckpointKind kind) {
  for (const auto& [value, text] : kKindTexts) {
    if (value == kind) return text;
  }
  throw Error("checkpoint kind " + std::to_string(static_cast<int>(kind)) + " has no text form");
}

CheckpointKind checkpointKindFromText(const std::string& text) {
  std::string allowed;
  for (const auto& [value, name] : kKindTexts) {
    if (text == name) return value;
    allowed += allowed.empty() ? name : std::string(", ") + name;
  }
  throw Error("unknown checkpoint kind '" + text + "' (expected one of " + allowed + ")");
}

}  // namespace msl
