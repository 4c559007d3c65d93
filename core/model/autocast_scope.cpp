#include "model/autocast_scope.h"

#include <ATen/autocast_mode.h>

namespace msl {

AutocastState currentAutocastState(c10::DeviceType deviceType) {
  return {deviceType, at::autocast::is_autocast_enabled(deviceType),
          at::autocast::get_autocast_dtype(deviceType)};
}

AutocastScope::AutocastScope(const AutocastState& state)
    : previous_(currentAutocastState(state.deviceType)) {
  at::autocast::set_autocast_enabled(state.deviceType, state.enabled);
  at::autocast::set_autocast_dtype(state.deviceType, state.dtype);
  at::autocast::increment_nesting();
}

AutocastScope::~AutocastScope() {
  // As torch.autocast's exit: the cached weight casts live until the outermost scope ends.
  if (at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
  at::autocast::set_autocast_enabled(previous_.deviceType, previous_.enabled);
  at::autocast::set_autocast_dtype(previous_.deviceType, previous_.dtype);
}

}  // namespace msl
