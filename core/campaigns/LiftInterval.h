#pragma once

#include <QList>

namespace clientele::core::campaigns {

// A difference between the contacted group and the hold-out with its 95% confidence interval.
struct Lift
{
    double value = 0;
    double low = 0;
    double high = 0;
    bool defined = false; // false when a group is empty
};

class LiftInterval
{
public:
    static constexpr double kZ95 = 1.96;
    // Conversion lift p1 − p2 with the unpooled Wald 95% interval:
    //   lift ± 1.96 · √(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂)
    // (1 = contacted, 2 = hold-out; p = buyers / customers).
    static Lift waldConversion(qint64 buyers1, qint64 n1, qint64 buyers2, qint64 n2);
    // Revenue per customer lift mean₁ − mean₂ with the Welch (unequal variances) normal 95%
    // interval: diff ± 1.96 · √(s₁²/n₁ + s₂²/n₂), s² the sample variances of revenue per customer
    // (every customer of the group, buyers or not, in fen).
    static Lift welchMeanDifference(const QList<double>& group1, const QList<double>& group2);
};

} // namespace clientele::core::campaigns
