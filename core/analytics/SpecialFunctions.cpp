#include "SpecialFunctions.h"

#include <cmath>
#include <limits>

namespace clientele::core::analytics::special {

double logGamma(double x)
{
    return std::lgamma(x);
}

double digamma(double x)
{
    if (!(x > 0))
        return std::numeric_limits<double>::quiet_NaN();
    double result = 0;
    while (x < 10.0) {
        result -= 1.0 / x;
        x += 1.0;
    }
    const double f = 1.0 / (x * x);
    // ψ(x) ~ ln x − 1/(2x) − Σ B_2k / (2k x^2k)
    const double series =
        f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f * (1.0 / 132 - f * (691.0 / 32760 - f / 12))))));
    return result + std::log(x) - 0.5 / x - series;
}

double logSumExp(double a, double b)
{
    if (a == -std::numeric_limits<double>::infinity())
        return b;
    if (b == -std::numeric_limits<double>::infinity())
        return a;
    const double m = std::max(a, b);
    return m + std::log(std::exp(a - m) + std::exp(b - m));
}

double hyp2f1(double a, double b, double c, double z, int maxTerms)
{
    if (z == 0.0)
        return 1.0;
    if (z < 0.0 || z >= 1.0)
        return std::numeric_limits<double>::quiet_NaN();
    double term = 1.0;
    double sum = 1.0;
    for (int n = 0; n < maxTerms; ++n) {
        term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
        sum += term;
        if (std::abs(term) <= 1e-15 * std::abs(sum))
            return sum;
        if (!std::isfinite(sum))
            break;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace clientele::core::analytics::special
