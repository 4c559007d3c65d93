#pragma once
// Peak bytes that LibTorch's allocators hand out while a meter is alive on this thread: the
// memory figure of `mslw bench loss`. It listens to the allocators' memory-usage reports (the
// hook the autograd profiler's profile_memory uses): the CPU allocator reports every allocation
// and free while one is listening, the CUDA caching allocator reports too. Counted are tensor
// bytes allocated after the meter started (logits, masks, gathered weights, saved-for-backward
// buffers, gradients), not the allocator's cache or malloc overhead. The autograd engine carries
// the meter into its CPU backward work. Only one meter (or profiler) may listen at a time.
#include <cstdint>
#include <memory>

namespace msl {

class AllocationMeter {
 public:
  AllocationMeter();
  ~AllocationMeter();
  AllocationMeter(const AllocationMeter&) = delete;
  AllocationMeter& operator=(const AllocationMeter&) = delete;

  std::int64_t liveBytes() const;  // allocated since start and not yet freed
  std::int64_t peakBytes() const;  // the highest liveBytes so far

  struct Listener;
  struct Scope;

 private:
  std::shared_ptr<Listener> listener_;
  std::unique_ptr<Scope> scope_;
};

}  // namespace msl
