#pragma once

namespace clientele::core::analytics {

// Numerics the purchase models need, in log space where values overflow.
namespace special {

double logGamma(double x);
// ψ(x) = d/dx lnΓ(x) for x > 0 (recurrence up to x ≥ 10, then the asymptotic series; ~1e-15
// relative), for the analytic gradients of the log-likelihoods.
double digamma(double x);
// log(exp(a) + exp(b)) without overflow.
double logSumExp(double a, double b);
// Gauss hypergeometric 2F1(a, b; c; z) for 0 ≤ z < 1 (the range the BG/NBD uses), by its power
// series summed until the terms stop mattering; converges for every such z, slowly only very
// near 1. Returns NaN if it does not converge within `maxTerms`.
double hyp2f1(double a, double b, double c, double z, int maxTerms = 200000);

} // namespace special
} // namespace clientele::core::analytics
