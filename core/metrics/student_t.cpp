#include "metrics/student_t.h"

#include <cmath>
#include <limits>

#include "common/error.h"

namespace msl {
namespace {

// The continued fraction of I_x(a, b), converging fast for x < (a + 1) / (a + b + 2).
double betaContinuedFraction(double a, double b, double x) {
  constexpr int kMaxIterations = 500;
  constexpr double kEpsilon = 1e-15;
  constexpr double kTiny = 1e-300;
  const double qab = a + b;
  const double qap = a + 1.0;
  const double qam = a - 1.0;
  double c = 1.0;
  double d = 1.0 - qab * x / qap;
  if (std::abs(d) < kTiny) d = kTiny;
  d = 1.0 / d;
  double h = d;
  for (int m = 1; m <= kMaxIterations; ++m) {
    const double m2 = 2.0 * m;
    double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1.0 + aa * d;
    if (std::abs(d) < kTiny) d = kTiny;
    c = 1.0 + aa / c;
    if (std::abs(c) < kTiny) c = kTiny;
    d = 1.0 / d;
    h *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d = 1.0 + aa * d;
    if (std::abs(d) < kTiny) d = kTiny;
    c = 1.0 + aa / c;
    if (std::abs(c) < kTiny) c = kTiny;
    d = 1.0 / d;
    const double delta = d * c;
    h *= delta;
    if (std::abs(delta - 1.0) < kEpsilon) return h;
  }
  throw Error("incomplete beta: no convergence for a=" + std::to_string(a) +
              " b=" + std::to_string(b) + " x=" + std::to_string(x));
}

}  // namespace

double regularizedIncompleteBeta(double a, double b, double x) {
  if (!(a > 0) || !(b > 0) || !(x >= 0) || !(x <= 1)) {
    throw Error("incomplete beta: expected a, b > 0 and 0 <= x <= 1, got a=" + std::to_string(a) +
                " b=" + std::to_string(b) + " x=" + std::to_string(x));
  }
  if (x == 0.0 || x == 1.0) return x;
  const double logFront =
      std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
  const double front = std::exp(logFront);
  // Use the symmetry I_x(a, b) = 1 - I_{1-x}(b, a) where the fraction converges faster.
  if (x < (a + 1.0) / (a + b + 2.0)) return front * betaContinuedFraction(a, b, x) / a;
  return 1.0 - front * betaContinuedFraction(b, a, 1.0 - x) / b;
}

double studentTTwoSidedP(double t, double degreesOfFreedom) {
  if (!(degreesOfFreedom > 0)) {
    throw Error("Student t: expected degrees of freedom > 0, got " +
                std::to_string(degreesOfFreedom));
  }
  if (std::isnan(t)) return std::numeric_limits<double>::quiet_NaN();
  if (std::isinf(t)) return 0.0;
  return regularizedIncompleteBeta(degreesOfFreedom / 2.0, 0.5,
                                   degreesOfFreedom / (degreesOfFreedom + t * t));
}

double studentTCdf(double t, double degreesOfFreedom) {
  const double tail = 0.5 * studentTTwoSidedP(t, degreesOfFreedom);
  return t >= 0 ? 1.0 - tail : tail;
}

double standardNormalCdf(double z) {
  return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

}  // namespace msl
