#pragma once
// What DistributedDataParallel does after backward, which the C++ frontend leaves to us: every
// rank's gradients summed over all ranks, in buckets of about `bucketBytes` (one collective per
// bucket instead of one per tensor, and no flat copy of the whole model at once). Not yet
// overlapped with backward.
#include <ATen/core/Tensor.h>

#include <cstdint>
#include <vector>

namespace msl {

class ProcessGroup;

// PyTorch DDP's default bucket size.
inline constexpr std::int64_t kGradientBucketBytes = std::int64_t{25} << 20;

// A parameter without a gradient on this rank gets a zero one first, so that every rank sends
// the same buckets in the same order.
void allReduceGradients(ProcessGroup& group, const std::vector<at::Tensor>& parameters,
                        std::int64_t bucketBytes = kGradientBucketBytes);

}  // namespace msl
