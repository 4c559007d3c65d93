#pragma once
// SplitMix64 (Steele, Lea, Flood 2014): a tiny PRNG whose output, and everything we derive from
// it here, is the same with every compiler and standard library. std::*_distribution is not
// (its algorithms are implementation-defined), so the synthetic data never uses it.
#include <cstdint>

namespace msl {

class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

  // Uniform in [0, 1) with 53 random bits.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

  // Uniform in [0, bound); bound > 0. The modulo bias (< bound / 2^64) is irrelevant here.
  std::uint64_t below(std::uint64_t bound) { return next() % bound; }

  // Uniform in [low, high].
  std::uint64_t between(std::uint64_t low, std::uint64_t high) {
    return low + below(high - low + 1);
  }

 private:
  std::uint64_t state_;
};

}  // namespace msl
