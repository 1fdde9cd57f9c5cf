#include "LiftInterval.h"

#include <cmath>

namespace clientele::core::campaigns {

Lift LiftInterval::waldConversion(qint64 buyers1, qint64 n1, qint64 buyers2, qint64 n2)
{
    Lift lift;
    if (n1 <= 0 || n2 <= 0)
        return lift;
    const double p1 = double(buyers1) / double(n1);
    const double p2 = double(buyers2) / double(n2);
    const double se = std::sqrt(p1 * (1 - p1) / double(n1) + p2 * (1 - p2) / double(n2));
    lift.value = p1 - p2;
    lift.low = lift.value - kZ95 * se;
    lift.high = lift.value + kZ95 * se;
    lift.defined = true;
    return lift;
}

namespace {
void meanVariance(const QList<double>& xs, double* mean, double* variance)
{
    double sum = 0;
    for (const double x : xs)
        sum += x;
    *mean = sum / double(xs.size());
    double squares = 0;
    for (const double x : xs)
        squares += (x - *mean) * (x - *mean);
    *variance = xs.size() > 1 ? squares / double(xs.size() - 1) : 0;
}
} // namespace

Lift LiftInterval::welchMeanDifference(const QList<double>& group1, const QList<double>& group2)
{
    Lift lift;
    if (group1.isEmpty() || group2.isEmpty())
        return lift;
    double m1 = 0, v1 = 0, m2 = 0, v2 = 0;
    meanVariance(group1, &m1, &v1);
    meanVariance(group2, &m2, &v2);
    const double se = std::sqrt(v1 / double(group1.size()) + v2 / double(group2.size()));
    lift.value = m1 - m2;
    lift.low = lift.value - kZ95 * se;
    lift.high = lift.value + kZ95 * se;
    lift.defined = true;
    return lift;
}

} // namespace clientele::core::campaigns
