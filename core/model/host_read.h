#pragma once
// Values a training step reads back from the device. On a GPU every read waits for the queued
// work to finish, so a step gathers what it reports (loss, gradient norms, invalid mass) into
// one tensor and reads it once; everything read on that path goes through here, so that a test
// can count the synchronisations (tests/training/tst_host_reads.cpp).
#include <ATen/core/Tensor.h>

#include <cstdint>
#include <vector>

namespace msl {

// The values of `tensor`, flattened, as float64 on the host: one synchronisation.
std::vector<double> readToHost(const at::Tensor& tensor);

// How many readToHost calls this process has made.
std::int64_t hostReadCount();

}  // namespace msl
