#pragma once
// The life cycle of a training run as the store records it. The text forms are what the
// `runs.status` column holds, so they are part of the stored format.
#include <string>

namespace msl {

enum class RunStatus { Created, Running, Paused, Finished, Failed, Cancelled, Interrupted };

std::string toText(RunStatus status);
// Throws msl::Error naming the text and the allowed values.
RunStatus runStatusFromText(const std::string& text);

// Running and paused runs have an owning process; the others are at rest.
bool isActive(RunStatus status);
// Finished, failed and cancelled runs have a finish time.
bool isTerminal(RunStatus status);

}  // namespace msl
