#pragma once

namespace msl {
namespace plots {

// What a training chart's x axis counts.
enum class XAxisKind { Step, WallTime };

}  // namespace plots
}  // namespace msl
