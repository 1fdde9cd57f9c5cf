#include "SpecialFunctions.h"

#include <cmath>
#include <limits>

namespace clientele::core::analytics::special {

double logGamma(double x)
{
    return std::lgamma(x);
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
