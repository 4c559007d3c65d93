#include "losses/allocation_meter.h"

#include <c10/core/Allocator.h>
#include <c10/util/ThreadLocalDebugInfo.h>

#include <algorithm>
#include <atomic>
#include <tuple>

namespace msl {
namespace {

// reportMemoryUsage's totals are int64_t in LibTorch 1.x and size_t in 2.x: take the type from
// the base class so that the override compiles against both.
template <typename Method>
struct ReportArguments;
template <typename Class, typename Result, typename... Arguments>
struct ReportArguments<Result (Class::*)(Arguments...)> {
  using Total = std::tuple_element_t<2, std::tuple<Arguments...>>;
};
using ReportedTotal =
    ReportArguments<decltype(&c10::MemoryReportingInfoBase::reportMemoryUsage)>::Total;

}  // namespace

struct AllocationMeter::Listener : c10::MemoryReportingInfoBase {
  std::atomic<std::int64_t> live{0};
  std::atomic<std::int64_t> peak{0};

  void reportMemoryUsage(void* /*ptr*/, int64_t allocSize, ReportedTotal /*totalAllocated*/,
                         ReportedTotal /*totalReserved*/, c10::Device /*device*/) override {
    const std::int64_t now = live.fetch_add(allocSize) + allocSize;
    std::int64_t previous = peak.load();
    while (now > previous && !peak.compare_exchange_weak(previous, now)) {
    }
  }
  bool memoryProfilingEnabled() const override { return true; }
};

struct AllocationMeter::Scope {
  c10::DebugInfoGuard guard;
  explicit Scope(std::shared_ptr<c10::DebugInfoBase> listener)
      : guard(c10::DebugInfoKind::PROFILER_STATE, std::move(listener)) {}
};

AllocationMeter::AllocationMeter()
    : listener_(std::make_shared<Listener>()), scope_(std::make_unique<Scope>(listener_)) {}

AllocationMeter::~AllocationMeter() = default;

std::int64_t AllocationMeter::liveBytes() const {
  return listener_->live.load();
}
std::int64_t AllocationMeter::peakBytes() const {
  return listener_->peak.load();
}

}  // namespace msl
