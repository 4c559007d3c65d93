#pragma once

namespace msl::plots {

// What a training chart's x axis counts.
enum class XAxisKind { Step, WallTime };

}  // namespace msl::plots
