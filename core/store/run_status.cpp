#include "store/run_status.h"

#include <array>
#include <utility>

#include "common/error.h"

namespace msl {
namespace {

constexpr std::array<std::pair<RunStatus, const char*>, 7> kStatusTexts{{
    {RunStatus::Created, "created"},
    {RunStatus::Running, "running"},
    {RunStatus::Paused, "paused"},
    {RunStatus::Finished, "finished"},
    {RunStatus::Failed, "failed"},
    {RunStatus::Cancelled, "cancelled"},
    {RunStatus::Interrupted, "interrupted"},
}};

}  // namespace

std::string toText(RunStatus status) {
  for (const auto& [value, text] : kStatusTexts) {
    if (value == status) return text;
  }
  throw Error("run status " + std::to_string(static_cast<int>(status)) + " has no text form");
}

RunStatus runStatusFromText(const std::string& text) {
  std::string allowed;
  for (const auto& [value, name] : kStatusTexts) {
    if (text == name) return value;
    allowed += allowed.empty() ? name : std::string(", ") + name;
  }
  throw Error("unknown run status '" + text + "' (expected one of " + allowed + ")");
}

bool isActive(RunStatus status) {
  return status == RunStatus::Running || status == RunStatus::Paused;
}

bool isTerminal(RunStatus status) {
  return status == RunStatus::Finished || status == RunStatus::Failed ||
         status == RunStatus::Cancelled;
}

}  // namespace msl
