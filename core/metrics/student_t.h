#pragma once
// Distribution functions the paired tests need, without a statistics library.
namespace msl {

// Regularized incomplete beta I_x(a, b), a, b > 0, 0 <= x <= 1 (continued fraction, Lentz).
double regularizedIncompleteBeta(double a, double b, double x);

// P(T <= t) for Student's t with `degreesOfFreedom` > 0, via
// P(|T| > |t|) = I_{df/(df+t^2)}(df/2, 1/2).
double studentTCdf(double t, double degreesOfFreedom);
// P(|T| >= |t|).
double studentTTwoSidedP(double t, double degreesOfFreedom);

double standardNormalCdf(double z);

}  // namespace msl
